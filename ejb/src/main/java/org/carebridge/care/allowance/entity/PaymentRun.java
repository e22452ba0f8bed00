package org.carebridge.care.allowance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.carebridge.core.error.AccessDeniedException;
import org.carebridge.core.error.ConflictException;
import org.carebridge.core.persistence.TenantOwned;
import org.carebridge.core.value.Money;
import org.carebridge.core.value.MoneyConverter;
import org.carebridge.funding.disbursement.entity.Disbursement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/** One scheme's payments for one month, approved as a batch by someone other than who ran it, then paid. */
@Entity
@Table(name = "cb_payment_run")
public class PaymentRun extends TenantOwned {

    @Column(name = "scheme_id", nullable = false)
    private long schemeId;

    @Column(name = "run_month", nullable = false)
    private LocalDate month;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RunStatus status;

    @Column(name = "line_count", nullable = false)
    private int lineCount;

    @Convert(converter = MoneyConverter.class)
    @Column(nullable = false, precision = 19, scale = 2)
    private Money total;

    /** Eligible children left out because nobody can receive the money (no guardian on record). */
    @Column(nullable = false)
    private int held;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "approved_by", length = 80)
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "approval_entry_id")
    private Long approvalEntryId;

    @Column(name = "bank_reference", length = 60)
    private String bankReference;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "payment_entry_id")
    private Long paymentEntryId;

    protected PaymentRun() {
    }

    public PaymentRun(long schemeId, YearMonth month, String by, Instant now) {
        this.schemeId = schemeId;
        this.month = month.atDay(1);
        this.status = RunStatus.DRAFT;
        this.total = Money.ZERO;
        this.createdBy = by;
        this.createdAt = now;
    }

    /** The lines the run computed, counted once (the run is written in one transaction). */
    public void computed(int lines, Money sum, int heldChildren) {
        this.lineCount = lines;
        this.total = sum;
        this.held = heldChildren;
    }

    /** Approved by someone other than who ran it; the caller posts the entry. */
    public void approve(String by, long entryId, Instant now) {
        if (status != RunStatus.DRAFT) {
            throw new ConflictException("run.notDraft");
        }
        if (by.equals(createdBy)) {
            throw new AccessDeniedException("run.makerChecker");
        }
        this.status = RunStatus.APPROVED;
        this.approvedBy = by;
        this.approvedAt = now;
        this.approvalEntryId = entryId;
    }

    public void paid(String reference, long entryId, Instant now) {
        if (status != RunStatus.APPROVED) {
            throw new ConflictException("run.notApproved");
        }
        this.bankReference = Disbursement.requireReference(reference);
        this.paymentEntryId = entryId;
        this.paidAt = now;
        this.status = RunStatus.PAID;
    }

    public long getSchemeId() {
        return schemeId;
    }

    public YearMonth getMonth() {
        return YearMonth.from(month);
    }

    public RunStatus getStatus() {
        return status;
    }

    public int getLineCount() {
        return lineCount;
    }

    public Money getTotal() {
        return total;
    }

    public int getHeld() {
        return held;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public Long getApprovalEntryId() {
        return approvalEntryId;
    }

    public String getBankReference() {
        return bankReference;
    }

    public Instant getPaidAt() {
        return paidAt;
    }

    public Long getPaymentEntryId() {
        return paymentEntryId;
    }
}
