package org.carebridge.funding.project.entity;

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
import org.carebridge.core.value.Money;
import org.carebridge.core.value.MoneyConverter;
import org.carebridge.core.value.ServiceType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A service project: the contract between a purchaser ({@code ownerTenantId}: the district that
 * tendered, or a foundation running its own project) and a provider, delivered to children of one
 * district's register ({@code districtTenantId}), optionally co-funded by foundations with shares. A
 * collaboration row; who takes part is decided by {@code ProjectAccess}. Its terms change only by
 * numbered amendments while it runs.
 */
@Entity
@Table(name = "cb_project")
public class ServiceProject {

    public static final int MAX_KPIS = 12;
    public static final int MAX_FUNDERS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "owner_tenant_id", nullable = false)
    private long ownerTenantId;

    @Column(name = "district_tenant_id", nullable = false)
    private long districtTenantId;

    @Column(name = "provider_tenant_id", nullable = false)
    private long providerTenantId;

    @Column(name = "tender_id")
    private Long tenderId;

    @Column(name = "bid_id")
    private Long bidId;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_type", nullable = false, length = 30)
    private ServiceType serviceType;

    @Column(nullable = false, length = 4000)
    private String description;

    @Convert(converter = MoneyConverter.class)
    @Column(nullable = false, precision = 19, scale = 2)
    private Money amount;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cb_project_kpi", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    private List<Kpi> kpis = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cb_project_funder", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    private List<CoFunder> coFunders = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ProjectStatus status;

    @Column(nullable = false)
    private int revision;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "end_reason", length = 500)
    private String endReason;

    @Column(name = "successor_id")
    private Long successorId;

    protected ServiceProject() {
    }

    /**
     * A running project (revision 1). {@code tenderId}/{@code bidId} name the award it comes from, or
     * are null for a foundation's own project.
     */
    public ServiceProject(long ownerTenantId, long districtTenantId, long providerTenantId, Long tenderId, Long bidId,
                          ProjectTerms terms, String createdBy, Instant now) {
        if (providerTenantId == ownerTenantId && tenderId != null) {
            throw new ValidationException("project.provider.invalid");
        }
        this.ownerTenantId = ownerTenantId;
        this.districtTenantId = districtTenantId;
        this.providerTenantId = providerTenantId;
        this.tenderId = tenderId;
        this.bidId = bidId;
        this.status = ProjectStatus.ACTIVE;
        this.revision = 1;
        this.createdBy = createdBy;
        this.createdAt = now;
        apply(terms);
    }

    /** Changes the running contract's terms; the caller records the amendment under the new revision. */
    public int amend(ProjectTerms terms) {
        requireActive();
        apply(terms);
        return ++revision;
    }

    /** Ends the project early or at hand-over; an ended project keeps its records as a read-only archive. */
    public void end(String reason, LocalDate on, Long successor) {
        requireActive();
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw new ValidationException("project.endReason.required");
        }
        this.status = ProjectStatus.ENDED;
        this.endReason = reason.strip();
        this.endedOn = on;
        this.successorId = successor;
    }

    /** Final acceptance (验收) closes the project. */
    public void accept(LocalDate on) {
        requireActive();
        this.status = ProjectStatus.ACCEPTED;
        this.endedOn = on;
    }

    public void requireActive() {
        if (status != ProjectStatus.ACTIVE) {
            throw new ConflictException("project.notActive");
        }
    }

    /** Running and within its period on this day: the provider's view of enrolled children depends on it. */
    public boolean runsOn(LocalDate day) {
        return status == ProjectStatus.ACTIVE && !day.isBefore(periodStart) && !day.isAfter(periodEnd);
    }

    /** The part of the amount the owner pays: the amount less the co-funders' shares. */
    public Money ownerShare() {
        Money rest = amount;
        for (CoFunder f : coFunders) {
            rest = rest.minus(f.getShare());
        }
        return rest;
    }

    /** Who pays what: the owner's share and each co-funder's, by tenant, in that order; zero shares left out. */
    public java.util.Map<Long, Money> shares() {
        java.util.Map<Long, Money> shares = new java.util.LinkedHashMap<>();
        shares.put(ownerTenantId, ownerShare());
        for (CoFunder f : coFunders) {
            shares.put(f.getFunderTenantId(), f.getShare());
        }
        shares.values().removeIf(m -> !m.isPositive());
        return shares;
    }

    private void apply(ProjectTerms t) {
        if (t == null) {
            throw new ValidationException("error.badRequest");
        }
        this.title = text(t.title(), 200, "project.title.required");
        if (t.serviceType() == null) {
            throw new ValidationException("service.type.required");
        }
        this.serviceType = t.serviceType();
        this.description = text(t.description(), 4000, "project.description.required");
        if (t.amount() == null || !t.amount().isPositive()) {
            throw new ValidationException("project.amount.positive");
        }
        if (t.periodStart() == null || t.periodEnd() == null || !t.periodEnd().isAfter(t.periodStart())) {
            throw new ValidationException("project.period.invalid");
        }
        List<Kpi> k = t.kpis() == null ? List.of() : t.kpis();
        if (k.isEmpty() || k.size() > MAX_KPIS) {
            throw new ValidationException("project.kpi.count", MAX_KPIS);
        }
        List<CoFunder> f = t.coFunders() == null ? List.of() : t.coFunders();
        if (f.size() > MAX_FUNDERS) {
            throw new ValidationException("project.funder.count", MAX_FUNDERS);
        }
        Set<Long> seen = new HashSet<>();
        Money shares = Money.ZERO;
        for (CoFunder c : f) {
            if (c == null || c.getShare() == null || !c.getShare().isPositive()) {
                throw new ValidationException("project.funder.share");
            }
            if (c.getFunderTenantId() == ownerTenantId || c.getFunderTenantId() == providerTenantId
                    || !seen.add(c.getFunderTenantId())) {
                throw new ValidationException("project.funder.invalid");
            }
            shares = shares.plus(c.getShare());
        }
        if (shares.compareTo(t.amount()) > 0) {
            throw new ValidationException("project.funder.sharesExceed");
        }
        this.amount = t.amount();
        this.periodStart = t.periodStart();
        this.periodEnd = t.periodEnd();
        this.kpis = new ArrayList<>(k);
        this.coFunders = new ArrayList<>(f);
    }

    private static String text(String s, int max, String key) {
        if (s == null || s.isBlank() || s.strip().length() > max) {
            throw new ValidationException(key, max);
        }
        return s.strip();
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

    public long getDistrictTenantId() {
        return districtTenantId;
    }

    public long getProviderTenantId() {
        return providerTenantId;
    }

    public Long getTenderId() {
        return tenderId;
    }

    public Long getBidId() {
        return bidId;
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

    public Money getAmount() {
        return amount;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public List<Kpi> getKpis() {
        return List.copyOf(kpis);
    }

    public List<CoFunder> getCoFunders() {
        return List.copyOf(coFunders);
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public int getRevision() {
        return revision;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public String getEndReason() {
        return endReason;
    }

    public Long getSuccessorId() {
        return successorId;
    }
}
