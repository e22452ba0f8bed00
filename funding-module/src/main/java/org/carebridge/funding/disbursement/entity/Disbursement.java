package org.carebridge.funding.disbursement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.carebridge.core.error.AccessDeniedException;
import org.carebridge.core.error.ConflictException;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.TenantOwned;
import org.carebridge.core.value.Money;
import org.carebridge.core.value.MoneyConverter;

import java.time.Instant;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * A payment request: to whom, how much, for what, from which fund (and, for a project, which
 * accepted milestone). Approved by someone other than the requester — by two different approvers
 * when the amount is above the tenant's threshold —, then paid with the bank's reference, or
 * rejected, or reversed. The request's idempotency key is unique in the tenant: submitting it again
 * returns this request.
 */
@Entity
@Table(name = "cb_disbursement")
public class Disbursement extends TenantOwned {

    private static final Pattern BANK_ACCOUNT = Pattern.compile("\\d{8,30}");

    @Column(name = "idempotency_key", nullable = false, length = 120, updatable = false)
    private String idempotencyKey;

    /** SHA-256 of the request's content: the same key with other content is refused. */
    @Column(name = "request_hash", nullable = false, length = 64, updatable = false)
    private String requestHash;

    @Column(name = "payee_name", nullable = false, length = 200)
    private String payeeName;

    @Column(name = "payee_tenant_id")
    private Long payeeTenantId;

    @Column(name = "payee_bank_account", length = 40)
    private String payeeBankAccount;

    @Convert(converter = MoneyConverter.class)
    @Column(nullable = false, precision = 19, scale = 2)
    private Money amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Purpose purpose;

    @Column(length = 500)
    private String note;

    @Column(name = "fund_id", nullable = false)
    private long fundId;

    @Column(name = "milestone_id")
    private Long milestoneId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DisbursementStatus status;

    @Column(name = "approvals_required", nullable = false)
    private int approvalsRequired;

    @Column(name = "submitted_by", nullable = false, length = 80)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "first_approver", length = 80)
    private String firstApprover;

    @Column(name = "first_approved_at")
    private Instant firstApprovedAt;

    @Column(name = "second_approver", length = 80)
    private String secondApprover;

    @Column(name = "second_approved_at")
    private Instant secondApprovedAt;

    @Column(name = "decided_by", length = 80)
    private String decidedBy;

    @Column(length = 500)
    private String reason;

    @Column(name = "bank_reference", length = 60)
    private String bankReference;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "approval_entry_id")
    private Long approvalEntryId;

    @Column(name = "payment_entry_id")
    private Long paymentEntryId;

    @Column(name = "child_id")
    private Long childId;

    @Column(name = "period_from")
    private java.time.LocalDate periodFrom;

    @Column(name = "period_to")
    private java.time.LocalDate periodTo;

    /** What the double-funding check found (other payments for the same child, need and months), if anything. */
    @Column(name = "overlap_note", length = 1000)
    private String overlapNote;

    @Column(name = "overlap_acknowledged_by", length = 80)
    private String overlapAcknowledgedBy;

    /** How many months one request for a child may cover. */
    public static final int MAX_PERIOD_MONTHS = 24;

    protected Disbursement() {
    }

    /** For one child of the register and the months from–to (both required, from ≤ to, at most two years). */
    public void forChild(long child, YearMonth from, YearMonth to) {
        if (from == null || to == null) {
            throw new ValidationException("disbursement.period.required");
        }
        if (to.isBefore(from) || from.plusMonths(MAX_PERIOD_MONTHS).isBefore(to.plusMonths(1))) {
            throw new ValidationException("disbursement.period.invalid", MAX_PERIOD_MONTHS);
        }
        this.childId = child;
        this.periodFrom = from.atDay(1);
        this.periodTo = to.atDay(1);
    }

    /** Keeps what the double-funding check found (null: nothing). */
    public void overlaps(String note) {
        this.overlapNote = note == null || note.isBlank() ? null : note.length() > 1000 ? note.substring(0, 999) + "…" : note;
    }

    /** The approver who approved although the check found other funding. */
    public void overlapAcknowledged(String by) {
        this.overlapAcknowledgedBy = by;
    }

    public Long getChildId() {
        return childId;
    }

    public YearMonth getPeriodFrom() {
        return periodFrom == null ? null : YearMonth.from(periodFrom);
    }

    public YearMonth getPeriodTo() {
        return periodTo == null ? null : YearMonth.from(periodTo);
    }

    public String getOverlapNote() {
        return overlapNote;
    }

    public String getOverlapAcknowledgedBy() {
        return overlapAcknowledgedBy;
    }

    public Disbursement(String idempotencyKey, String requestHash, String payeeName, Long payeeTenantId,
                        String payeeBankAccount, Money amount, Purpose purpose, String note, long fundId,
                        Long milestoneId, int approvalsRequired, String by, Instant now) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 120) {
            throw new ValidationException("disbursement.key.required");
        }
        if (payeeName == null || payeeName.isBlank() || payeeName.strip().length() > 200) {
            throw new ValidationException("disbursement.payee.required");
        }
        if (payeeBankAccount != null && !payeeBankAccount.isBlank()
                && !BANK_ACCOUNT.matcher(payeeBankAccount.strip()).matches()) {
            throw new ValidationException("disbursement.bankAccount.invalid");
        }
        if (amount == null || !amount.isPositive()) {
            throw new ValidationException("disbursement.amount.positive");
        }
        if (purpose == null) {
            throw new ValidationException("disbursement.purpose.required");
        }
        if (note != null && note.strip().length() > 500) {
            throw new ValidationException("disbursement.note.length");
        }
        this.idempotencyKey = idempotencyKey;
        this.requestHash = requestHash;
        this.payeeName = payeeName.strip();
        this.payeeTenantId = payeeTenantId;
        this.payeeBankAccount = payeeBankAccount == null || payeeBankAccount.isBlank() ? null : payeeBankAccount.strip();
        this.amount = amount;
        this.purpose = purpose;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.fundId = fundId;
        this.milestoneId = milestoneId;
        this.approvalsRequired = approvalsRequired;
        this.status = DisbursementStatus.SUBMITTED;
        this.submittedBy = by;
        this.submittedAt = now;
    }

    /**
     * An approval by {@code by}: never the requester (maker ≠ checker), never the same approver twice.
     * Returns whether the request is now fully approved (the caller then posts the entry).
     */
    public boolean approve(String by, Instant now) {
        if (status != DisbursementStatus.SUBMITTED && status != DisbursementStatus.PARTLY_APPROVED) {
            throw new ConflictException("disbursement.notPending");
        }
        if (by.equals(submittedBy)) {
            throw new AccessDeniedException("disbursement.makerChecker");
        }
        if (firstApprover == null) {
            firstApprover = by;
            firstApprovedAt = now;
        } else {
            if (firstApprover.equals(by)) {
                throw new ConflictException("disbursement.sameApprover");
            }
            secondApprover = by;
            secondApprovedAt = now;
        }
        int given = secondApprover == null ? 1 : 2;
        if (given >= approvalsRequired) {
            return true;
        }
        status = DisbursementStatus.PARTLY_APPROVED;
        return false;
    }

    /** Fully approved: the expense and the payable were posted under this entry. */
    public void approved(long entryId) {
        this.approvalEntryId = entryId;
        this.status = DisbursementStatus.APPROVED;
    }

    public void reject(String by, String why) {
        if (status != DisbursementStatus.SUBMITTED && status != DisbursementStatus.PARTLY_APPROVED) {
            throw new ConflictException("disbursement.notPending");
        }
        this.reason = requireReason(why);
        this.decidedBy = by;
        this.status = DisbursementStatus.REJECTED;
    }

    /** Paid: the bank's reference, and the entry that settled the payable from the fund. */
    public void paid(String bankReference, long entryId, Instant now) {
        if (status != DisbursementStatus.APPROVED) {
            throw new ConflictException("disbursement.notApproved");
        }
        this.bankReference = requireReference(bankReference);
        this.paymentEntryId = entryId;
        this.paidAt = now;
        this.status = DisbursementStatus.PAID;
    }

    public static String requireReference(String ref) {
        if (ref == null || ref.isBlank() || ref.strip().length() > 60) {
            throw new ValidationException("disbursement.bankReference.required");
        }
        return ref.strip();
    }

    /** Reversed (its entries reversed by the caller), with a reason. */
    public void reverse(String by, String why) {
        if (status != DisbursementStatus.APPROVED && status != DisbursementStatus.PAID) {
            throw new ConflictException("disbursement.notReversible");
        }
        this.reason = requireReason(why);
        this.decidedBy = by;
        this.status = DisbursementStatus.REVERSED;
    }

    private static String requireReason(String why) {
        if (why == null || why.isBlank() || why.strip().length() > 500) {
            throw new ValidationException("disbursement.reason.required");
        }
        return why.strip();
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getRequestHash() {
        return requestHash;
    }

    public String getPayeeName() {
        return payeeName;
    }

    public Long getPayeeTenantId() {
        return payeeTenantId;
    }

    public String getPayeeBankAccount() {
        return payeeBankAccount;
    }

    public Money getAmount() {
        return amount;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public String getNote() {
        return note;
    }

    public long getFundId() {
        return fundId;
    }

    public Long getMilestoneId() {
        return milestoneId;
    }

    public DisbursementStatus getStatus() {
        return status;
    }

    public int getApprovalsRequired() {
        return approvalsRequired;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getFirstApprover() {
        return firstApprover;
    }

    public String getSecondApprover() {
        return secondApprover;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getReason() {
        return reason;
    }

    public String getBankReference() {
        return bankReference;
    }

    public Instant getPaidAt() {
        return paidAt;
    }

    public Long getApprovalEntryId() {
        return approvalEntryId;
    }

    public Long getPaymentEntryId() {
        return paymentEntryId;
    }
}
