package org.carebridge.funding.project.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
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
import org.carebridge.funding.project.control.JointScore;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An outcome report on a project for a period: the indicator values the portal computed from the
 * service records and enrolments when it was submitted (kept as submitted), the values of reported
 * KPIs, a narrative and the evidence. The purchaser accepts or returns it; accepting the provider's
 * final report is the project's acceptance (验收) and records the joint score.
 */
@Entity
@Table(name = "cb_outcome_report")
public class OutcomeReport {

    public static final int NARRATIVE_LENGTH = 4000;
    public static final int INDICATORS_LENGTH = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "author_tenant_id", nullable = false)
    private long authorTenantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ReportKind kind;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Column(nullable = false, length = NARRATIVE_LENGTH)
    private String narrative;

    @Column(length = 1000)
    private String evidence;

    /** The computed indicators (KPI actuals, breakdown) as JSON, as they were when submitted. */
    @Column(nullable = false, length = INDICATORS_LENGTH)
    private String indicators;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cb_outcome_value", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<ReportedValue> values = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ReportStatus status;

    @Column(name = "submitted_by", nullable = false, length = 80)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "self_score", precision = 5, scale = 2)
    private BigDecimal selfScore;

    @Column(name = "district_score", precision = 5, scale = 2)
    private BigDecimal districtScore;

    @Column(name = "third_party_score", precision = 5, scale = 2)
    private BigDecimal thirdPartyScore;

    @Column(name = "third_party_name", length = 200)
    private String thirdPartyName;

    @Column(name = "joint_score", precision = 5, scale = 2)
    private BigDecimal jointScore;

    @Column(name = "reviewed_by", length = 80)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "review_note", length = 1000)
    private String reviewNote;

    protected OutcomeReport() {
    }

    /** A submitted report; a final one carries the provider's self-assessment score (0–100). */
    public OutcomeReport(long projectId, long authorTenantId, ReportKind kind, LocalDate from, LocalDate to,
                         String narrative, String evidence, String indicators, List<ReportedValue> values,
                         BigDecimal selfScore, String by, Instant now) {
        if (kind == null) {
            throw new ValidationException("report.kind.required");
        }
        if (from == null || to == null || to.isBefore(from)) {
            throw new ValidationException("report.period.invalid");
        }
        if (narrative == null || narrative.isBlank() || narrative.strip().length() > NARRATIVE_LENGTH) {
            throw new ValidationException("report.narrative.required", NARRATIVE_LENGTH);
        }
        if (evidence != null && evidence.strip().length() > 1000) {
            throw new ValidationException("report.evidence.length");
        }
        if (indicators.length() > INDICATORS_LENGTH) {
            throw new ValidationException("report.indicators.tooLarge");
        }
        this.selfScore = kind == ReportKind.FINAL ? JointScore.score(selfScore, "report.score.self") : null;
        this.projectId = projectId;
        this.authorTenantId = authorTenantId;
        this.kind = kind;
        this.periodFrom = from;
        this.periodTo = to;
        this.narrative = narrative.strip();
        this.evidence = evidence == null || evidence.isBlank() ? null : evidence.strip();
        this.indicators = indicators;
        this.values = new ArrayList<>(values);
        this.status = ReportStatus.SUBMITTED;
        this.submittedBy = by;
        this.submittedAt = now;
    }

    /**
     * Accepts the report. For a final report the district scores (0–100), optionally with a named
     * third-party evaluator's score, and the joint score is computed ({@link JointScore}).
     */
    public void accept(BigDecimal district, BigDecimal thirdParty, String thirdPartyName, String note, String by,
                       Instant now) {
        requireSubmitted();
        if (kind == ReportKind.FINAL) {
            this.districtScore = JointScore.score(district, "report.score.district");
            if (thirdParty != null) {
                if (thirdPartyName == null || thirdPartyName.isBlank() || thirdPartyName.strip().length() > 200) {
                    throw new ValidationException("report.thirdParty.name");
                }
                this.thirdPartyScore = JointScore.score(thirdParty, "report.score.thirdParty");
                this.thirdPartyName = thirdPartyName.strip();
            }
            this.jointScore = JointScore.of(districtScore, selfScore, thirdPartyScore);
        }
        this.reviewNote = optionalNote(note);
        this.status = ReportStatus.ACCEPTED;
        this.reviewedBy = by;
        this.reviewedAt = now;
    }

    /** Returns the report with reasons; the author submits a new one. */
    public void returnWith(String note, String by, Instant now) {
        requireSubmitted();
        String why = optionalNote(note);
        if (why == null) {
            throw new ValidationException("report.reason.required");
        }
        this.reviewNote = why;
        this.status = ReportStatus.RETURNED;
        this.reviewedBy = by;
        this.reviewedAt = now;
    }

    private void requireSubmitted() {
        if (status != ReportStatus.SUBMITTED) {
            throw new ConflictException("report.notSubmitted");
        }
    }

    private static String optionalNote(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        if (note.strip().length() > 1000) {
            throw new ValidationException("report.reason.required");
        }
        return note.strip();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getProjectId() {
        return projectId;
    }

    public long getAuthorTenantId() {
        return authorTenantId;
    }

    public ReportKind getKind() {
        return kind;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public String getNarrative() {
        return narrative;
    }

    public String getEvidence() {
        return evidence;
    }

    public String getIndicators() {
        return indicators;
    }

    public List<ReportedValue> getValues() {
        return List.copyOf(values);
    }

    public ReportStatus getStatus() {
        return status;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public BigDecimal getSelfScore() {
        return selfScore;
    }

    public BigDecimal getDistrictScore() {
        return districtScore;
    }

    public BigDecimal getThirdPartyScore() {
        return thirdPartyScore;
    }

    public String getThirdPartyName() {
        return thirdPartyName;
    }

    public BigDecimal getJointScore() {
        return jointScore;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewNote() {
        return reviewNote;
    }
}
