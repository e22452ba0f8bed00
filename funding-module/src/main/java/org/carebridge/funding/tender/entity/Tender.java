package org.carebridge.funding.tender.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.carebridge.core.error.ConflictException;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.value.LocalDates;
import org.carebridge.core.value.Money;
import org.carebridge.core.value.MoneyConverter;
import org.carebridge.core.value.ServiceType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A district's call for a service purchase. A collaboration row: owned by the district
 * ({@code ownerTenantId}), seen by others only when published ({@code TenderAccess}). Its terms
 * may change while it is a draft, or — as a recorded amendment — while published and before the
 * deadline.
 */
@Entity
@Table(name = "cb_tender")
public class Tender {

    public static final int TITLE_LENGTH = 200;
    public static final int TEXT_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "owner_tenant_id", nullable = false)
    private long ownerTenantId;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_type", nullable = false, length = 30)
    private ServiceType serviceType;

    @Column(nullable = false, length = TEXT_LENGTH)
    private String description;

    @Column(name = "target_groups", length = 500)
    private String targetGroups;

    @Column(name = "children_target", nullable = false)
    private int childrenTarget;

    @Column(length = 12)
    private String area;

    @Convert(converter = MoneyConverter.class)
    @Column(name = "budget_ceiling", nullable = false, precision = 19, scale = 2)
    private Money budgetCeiling;

    @Column(name = "period_start", nullable = false)
    private java.time.LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private java.time.LocalDate periodEnd;

    @Column(length = 2000)
    private String kpis;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cb_tender_criterion", joinColumns = @JoinColumn(name = "tender_id"))
    @OrderColumn(name = "position")
    private List<Criterion> criteria = new ArrayList<>();

    @Column(name = "required_documents", length = 1000)
    private String requiredDocuments;

    @Column(name = "bid_deadline", nullable = false)
    private Instant bidDeadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private TenderStatus status;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "awarded_bid_id")
    private Long awardedBidId;

    @Column(name = "decision_note", length = 1000)
    private String decisionNote;

    @Column(name = "decided_by", length = 80)
    private String decidedBy;

    protected Tender() {
    }

    public Tender(long ownerTenantId, TenderTerms terms, String createdBy, Instant now) {
        this.ownerTenantId = ownerTenantId;
        this.status = TenderStatus.DRAFT;
        this.createdBy = createdBy;
        apply(terms, now, false);
    }

    /** Changes a draft's terms (no history: nobody outside has seen it). */
    public void edit(TenderTerms terms, Instant now) {
        if (status != TenderStatus.DRAFT) {
            throw new ConflictException("tender.notDraft");
        }
        apply(terms, now, false);
    }

    /** Opens the tender to every service organisation and foundation until the deadline. */
    public void publish(Instant now) {
        if (status != TenderStatus.DRAFT) {
            throw new ConflictException("tender.notDraft");
        }
        check(now, true);
        this.status = TenderStatus.PUBLISHED;
        this.publishedAt = now;
    }

    /** Changes a published tender's terms before its deadline; the caller records the amendment. */
    public void amend(TenderTerms terms, Instant now) {
        if (status != TenderStatus.PUBLISHED) {
            throw new ConflictException("tender.notPublished");
        }
        if (!now.isBefore(bidDeadline)) {
            throw new ConflictException("tender.deadlinePassed");
        }
        apply(terms, now, true);
    }

    public void cancel(String reason, Instant now) {
        if (status != TenderStatus.DRAFT && status != TenderStatus.PUBLISHED) {
            throw new ConflictException("tender.notCancellable");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw new ValidationException("tender.cancelReason.required");
        }
        this.cancelReason = reason.strip();
        this.status = TenderStatus.CANCELLED;
    }

    /**
     * After the deadline the district awards the tender to one bid, or declares it unsuccessful,
     * always with a justification that is kept.
     */
    public void decide(Long bidId, String justification, String by, Instant now) {
        if (status != TenderStatus.PUBLISHED) {
            throw new ConflictException("tender.notPublished");
        }
        if (now.isBefore(bidDeadline)) {
            throw new ConflictException("tender.deadlineAhead");
        }
        if (justification == null || justification.isBlank() || justification.strip().length() > 1000) {
            throw new ValidationException("tender.justification.required");
        }
        this.awardedBidId = bidId;
        this.decisionNote = justification.strip();
        this.decidedBy = by;
        this.status = bidId == null ? TenderStatus.UNSUCCESSFUL : TenderStatus.AWARDED;
    }

    /** Bids are accepted while published and before the deadline. */
    public boolean isOpenForBids(Instant now) {
        return status == TenderStatus.PUBLISHED && now.isBefore(bidDeadline);
    }

    /** Bids may be read (by the owner's panel) once the deadline has passed. */
    public boolean isUnsealed(Instant now) {
        return status != TenderStatus.DRAFT && !now.isBefore(bidDeadline);
    }

    private void apply(TenderTerms t, Instant now, boolean published) {
        if (t == null) {
            throw new ValidationException("error.badRequest");
        }
        this.title = text(t.title(), TITLE_LENGTH, "tender.title.required");
        if (t.serviceType() == null) {
            throw new ValidationException("service.type.required");
        }
        this.serviceType = t.serviceType();
        this.description = text(t.description(), TEXT_LENGTH, "tender.description.required");
        this.targetGroups = optional(t.targetGroups(), 500);
        if (t.childrenTarget() < 1 || t.childrenTarget() > 100_000) {
            throw new ValidationException("tender.childrenTarget.range");
        }
        this.childrenTarget = t.childrenTarget();
        this.area = optional(t.area(), 12);
        if (t.budgetCeiling() == null || !t.budgetCeiling().isPositive()) {
            throw new ValidationException("tender.budget.positive");
        }
        this.budgetCeiling = t.budgetCeiling();
        if (t.periodStart() == null || t.periodEnd() == null || !t.periodEnd().isAfter(t.periodStart())) {
            throw new ValidationException("tender.period.invalid");
        }
        this.periodStart = t.periodStart();
        this.periodEnd = t.periodEnd();
        this.kpis = optional(t.kpis(), 2000);
        this.requiredDocuments = optional(t.requiredDocuments(), 1000);
        List<Criterion> list = t.criteria() == null ? List.of() : t.criteria();
        for (Criterion c : list) {
            if (c == null || c.getName() == null || c.getName().isBlank() || c.getName().strip().length() > 100
                    || c.getWeight() < 1 || c.getWeight() > 100) {
                throw new ValidationException("tender.criterion.invalid");
            }
        }
        this.criteria = new ArrayList<>(list.stream().map(c -> new Criterion(c.getName().strip(), c.getWeight())).toList());
        if (t.bidDeadline() == null) {
            throw new ValidationException("tender.deadline.future");
        }
        this.bidDeadline = t.bidDeadline();
        check(now, published);
    }

    /** What must hold to publish (and after every amendment): weights sum to 100, a deadline ahead. */
    private void check(Instant now, boolean strict) {
        if (!strict) {
            return;
        }
        if (criteria.isEmpty() || criteria.stream().mapToInt(Criterion::getWeight).sum() != 100) {
            throw new ValidationException("tender.criteria.weights");
        }
        if (!bidDeadline.isAfter(now)) {
            throw new ValidationException("tender.deadline.future");
        }
        if (!bidDeadline.isBefore(periodEnd.atStartOfDay(LocalDates.CHINA).toInstant())) {
            throw new ValidationException("tender.deadline.afterPeriod");
        }
    }

    private static String text(String value, int max, String requiredKey) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(requiredKey);
        }
        if (value.strip().length() > max) {
            throw new ValidationException("tender.text.length", max);
        }
        return value.strip();
    }

    private static String optional(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw new ValidationException("tender.text.length", max);
        }
        return value.strip();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getOwnerTenantId() {
        return ownerTenantId;
    }

    public String getTitle() {
        return title;
    }

    public ServiceType getServiceType() {
        return serviceType;
    }

    public String getDescription() {
        return description;
    }

    public String getTargetGroups() {
        return targetGroups;
    }

    public int getChildrenTarget() {
        return childrenTarget;
    }

    public String getArea() {
        return area;
    }

    public Money getBudgetCeiling() {
        return budgetCeiling;
    }

    public java.time.LocalDate getPeriodStart() {
        return periodStart;
    }

    public java.time.LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public String getKpis() {
        return kpis;
    }

    public List<Criterion> getCriteria() {
        return List.copyOf(criteria);
    }

    public String getRequiredDocuments() {
        return requiredDocuments;
    }

    public Instant getBidDeadline() {
        return bidDeadline;
    }

    public TenderStatus getStatus() {
        return status;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Long getAwardedBidId() {
        return awardedBidId;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
