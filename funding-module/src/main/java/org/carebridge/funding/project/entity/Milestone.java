package org.carebridge.funding.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.carebridge.core.error.ConflictException;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.value.Money;
import org.carebridge.core.value.MoneyConverter;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A deliverable of a project with its due date, the amount it releases and the evidence it needs.
 * The provider submits it (with a note, and the KPI progress the portal computed at that moment kept
 * with it); the purchaser accepts it, accepts part of its amount, or returns it with reasons. An
 * accepted milestone is payable.
 */
@Entity
@Table(name = "cb_project_milestone")
public class Milestone {

    /** The purchaser's decision on a submitted milestone. */
    public enum Decision { ACCEPT, PARTLY, RETURN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 500)
    private String deliverable;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Convert(converter = MoneyConverter.class)
    @Column(nullable = false, precision = 19, scale = 2)
    private Money amount;

    @Column(name = "evidence_required", nullable = false, length = 500)
    private String evidenceRequired;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MilestoneStatus status;

    @Column(name = "submitted_by", length = 80)
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submission_note", length = 2000)
    private String submissionNote;

    /** The KPI progress computed when it was submitted, as the reviewer saw it. */
    @Column(length = 2000)
    private String progress;

    @Column(name = "reviewed_by", length = 80)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "review_note", length = 1000)
    private String reviewNote;

    @Convert(converter = MoneyConverter.class)
    @Column(name = "accepted_amount", precision = 19, scale = 2)
    private Money acceptedAmount;

    protected Milestone() {
    }

    public Milestone(long projectId, int position, String deliverable, LocalDate dueOn, Money amount,
                     String evidenceRequired) {
        this.projectId = projectId;
        this.position = position;
        this.status = MilestoneStatus.PLANNED;
        change(deliverable, dueOn, amount, evidenceRequired);
    }

    /** Changes a planned milestone's terms (by contract amendment only). */
    public void change(String deliverable, LocalDate dueOn, Money amount, String evidenceRequired) {
        if (status != MilestoneStatus.PLANNED) {
            throw new ConflictException("milestone.locked", position + 1);
        }
        if (deliverable == null || deliverable.isBlank() || deliverable.strip().length() > 500) {
            throw new ValidationException("milestone.deliverable.required");
        }
        if (dueOn == null) {
            throw new ValidationException("milestone.dueOn.required");
        }
        if (amount == null || amount.isNegative()) {
            throw new ValidationException("milestone.amount.invalid");
        }
        if (evidenceRequired == null || evidenceRequired.isBlank() || evidenceRequired.strip().length() > 500) {
            throw new ValidationException("milestone.evidence.required");
        }
        this.deliverable = deliverable.strip();
        this.dueOn = dueOn;
        this.amount = amount;
        this.evidenceRequired = evidenceRequired.strip();
    }

    /** The provider submits (or, after a return, submits again) with a note on the evidence. */
    public void submit(String note, String progress, String by, Instant now) {
        if (status != MilestoneStatus.PLANNED && status != MilestoneStatus.RETURNED) {
            throw new ConflictException("milestone.notOpen");
        }
        if (note == null || note.isBlank() || note.strip().length() > 2000) {
            throw new ValidationException("milestone.note.required");
        }
        this.submissionNote = note.strip();
        this.progress = progress == null ? null : progress.length() > 2000 ? progress.substring(0, 2000) : progress;
        this.submittedBy = by;
        this.submittedAt = now;
        this.status = MilestoneStatus.SUBMITTED;
    }

    /**
     * The purchaser's review: accept (the whole amount is payable), accept part (an amount below the
     * milestone's, with reasons) or return (with reasons; nothing payable).
     */
    public void review(Decision decision, Money partAmount, String note, String by, Instant now) {
        if (status != MilestoneStatus.SUBMITTED) {
            throw new ConflictException("milestone.notSubmitted");
        }
        if (decision == null) {
            throw new ValidationException("milestone.decision.required");
        }
        String why = note == null || note.isBlank() ? null : note.strip();
        if (why != null && why.length() > 1000) {
            throw new ValidationException("milestone.reason.required");
        }
        if (decision != Decision.ACCEPT && why == null) {
            throw new ValidationException("milestone.reason.required");
        }
        switch (decision) {
            case ACCEPT -> {
                this.acceptedAmount = amount;
                this.status = MilestoneStatus.ACCEPTED;
            }
            case PARTLY -> {
                if (partAmount == null || !partAmount.isPositive() || partAmount.compareTo(amount) >= 0) {
                    throw new ValidationException("milestone.partAmount.range", amount.amount().toPlainString());
                }
                this.acceptedAmount = partAmount;
                this.status = MilestoneStatus.PARTLY;
            }
            case RETURN -> {
                this.acceptedAmount = null;
                this.status = MilestoneStatus.RETURNED;
            }
        }
        this.reviewNote = why;
        this.reviewedBy = by;
        this.reviewedAt = now;
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

    public int getPosition() {
        return position;
    }

    public String getDeliverable() {
        return deliverable;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Money getAmount() {
        return amount;
    }

    public String getEvidenceRequired() {
        return evidenceRequired;
    }

    public MilestoneStatus getStatus() {
        return status;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmissionNote() {
        return submissionNote;
    }

    public String getProgress() {
        return progress;
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

    public Money getAcceptedAmount() {
        return acceptedAmount;
    }
}
