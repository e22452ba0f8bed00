package org.carebridge.funding.project.boundary;

import org.carebridge.funding.project.entity.Milestone;
import org.carebridge.funding.project.entity.MilestoneStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A milestone with its submission, the progress kept with it, and the review. */
public record MilestoneView(long id, long version, int number, String deliverable, LocalDate dueOn, BigDecimal amount,
                            String evidenceRequired, MilestoneStatus status, boolean overdue, String submittedBy,
                            Instant submittedAt, String submissionNote, String progress, String reviewedBy,
                            Instant reviewedAt, String reviewNote, BigDecimal acceptedAmount) {

    static MilestoneView of(Milestone m, LocalDate today) {
        boolean open = m.getStatus() == MilestoneStatus.PLANNED || m.getStatus() == MilestoneStatus.RETURNED;
        return new MilestoneView(m.getId(), m.getVersion(), m.getPosition() + 1, m.getDeliverable(), m.getDueOn(),
                m.getAmount().amount(), m.getEvidenceRequired(), m.getStatus(), open && m.getDueOn().isBefore(today),
                m.getSubmittedBy(), m.getSubmittedAt(), m.getSubmissionNote(), m.getProgress(), m.getReviewedBy(),
                m.getReviewedAt(), m.getReviewNote(),
                m.getAcceptedAmount() == null ? null : m.getAcceptedAmount().amount());
    }
}
