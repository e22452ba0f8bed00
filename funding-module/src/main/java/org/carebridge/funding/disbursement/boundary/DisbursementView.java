package org.carebridge.funding.disbursement.boundary;

import org.carebridge.funding.disbursement.entity.Disbursement;
import org.carebridge.funding.disbursement.entity.DisbursementStatus;
import org.carebridge.funding.disbursement.entity.Purpose;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/**
 * A payment request as its tenant's finance staff and approvers see it; {@code overlapNote} is what the
 * double-funding check found for its child, need and months.
 */
public record DisbursementView(long id, long version, String idempotencyKey, String payeeName, String payeeBankAccount,
                               BigDecimal amount, Purpose purpose, String note, long fundId, String fundName,
                               Long milestoneId, DisbursementStatus status, int approvalsRequired,
                               String submittedBy, Instant submittedAt, String firstApprover, String secondApprover,
                               String decidedBy, String reason, String bankReference, Instant paidAt,
                               Long approvalEntryId, Long paymentEntryId, Long childId, YearMonth periodFrom,
                               YearMonth periodTo, String overlapNote, String overlapAcknowledgedBy) {

    public static DisbursementView of(Disbursement d, String fundName) {
        return new DisbursementView(d.getId(), d.getVersion(), d.getIdempotencyKey(), d.getPayeeName(),
                masked(d.getPayeeBankAccount()), d.getAmount().amount(), d.getPurpose(), d.getNote(), d.getFundId(),
                fundName, d.getMilestoneId(), d.getStatus(), d.getApprovalsRequired(), d.getSubmittedBy(),
                d.getSubmittedAt(), d.getFirstApprover(), d.getSecondApprover(), d.getDecidedBy(), d.getReason(),
                d.getBankReference(), d.getPaidAt(), d.getApprovalEntryId(), d.getPaymentEntryId(), d.getChildId(),
                d.getPeriodFrom(), d.getPeriodTo(), d.getOverlapNote(), d.getOverlapAcknowledgedBy());
    }

    /** Bank accounts show their last four digits only. */
    static String masked(String account) {
        return account == null ? null : "****" + account.substring(Math.max(0, account.length() - 4));
    }
}
