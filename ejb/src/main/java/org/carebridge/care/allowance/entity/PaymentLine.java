package org.carebridge.care.allowance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.carebridge.core.error.ConflictException;
import org.carebridge.core.persistence.TenantOwned;
import org.carebridge.core.value.Money;
import org.carebridge.core.value.MoneyConverter;
import org.carebridge.funding.disbursement.entity.Disbursement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What one child is paid by a run for one month: the payee, the amount and, frozen, what the amount
 * was computed from (categories, status, the rate and its start, the payee) — so that it can be
 * explained years later whatever changed since. Never changed after the run is approved.
 */
@Entity
@Table(name = "cb_payment_line")
public class PaymentLine extends TenantOwned {

    @Column(name = "run_id", nullable = false, updatable = false)
    private long runId;

    @Column(name = "scheme_id", nullable = false, updatable = false)
    private long schemeId;

    @Column(name = "child_id", nullable = false, updatable = false)
    private long childId;

    @Column(name = "for_month", nullable = false, updatable = false)
    private LocalDate forMonth;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8, updatable = false)
    private LineKind kind;

    @Column(name = "payee_name", nullable = false, length = 200, updatable = false)
    private String payeeName;

    @Convert(converter = MoneyConverter.class)
    @Column(nullable = false, precision = 19, scale = 2, updatable = false)
    private Money amount;

    @Column(nullable = false, length = 500, updatable = false)
    private String snapshot;

    /** What the bank said of this line; changes only through {@link #confirm}, {@link #fail} and {@link #repaid}. */
    @Enumerated(EnumType.STRING)
    @Column(name = "bank_status", nullable = false, length = 10)
    private BankStatus bankStatus = BankStatus.PENDING;

    @Column(name = "bank_reason", length = 200)
    private String bankReason;

    @Column(name = "repay_reference", length = 60)
    private String repayReference;

    @Column(name = "settled_at")
    private Instant settledAt;

    @Column(name = "return_entry_id")
    private Long returnEntryId;

    @Column(name = "repay_entry_id")
    private Long repayEntryId;

    @Column(name = "recharge_fund_id")
    private Long rechargeFundId;

    @Column(name = "recharge_entry_id")
    private Long rechargeEntryId;

    protected PaymentLine() {
    }

    public PaymentLine(long runId, long schemeId, long childId, YearMonth forMonth, LineKind kind, String payeeName,
                       Money amount, String snapshot) {
        this.runId = runId;
        this.schemeId = schemeId;
        this.childId = childId;
        this.forMonth = forMonth.atDay(1);
        this.kind = kind;
        this.payeeName = payeeName;
        this.amount = amount;
        this.snapshot = snapshot.length() > 500 ? snapshot.substring(0, 499) + "…" : snapshot;
    }

    /** The reference printed in the bank file and matched in the bank's result file. */
    public String reference() {
        return reference(runId, getId());
    }

    public static String reference(long runId, long lineId) {
        return "CB" + runId + "-" + lineId;
    }

    /** The bank paid it. A line already failed or paid again stays as it is. */
    public boolean confirm(Instant now) {
        if (bankStatus != BankStatus.PENDING) {
            return false;
        }
        this.bankStatus = BankStatus.CONFIRMED;
        this.settledAt = now;
        return true;
    }

    /** The bank could not pay it: the money is back in the fund and the line is payable again. */
    public void fail(String reason, long entryId, Instant now) {
        if (bankStatus == BankStatus.FAILED || bankStatus == BankStatus.REPAID) {
            throw new ConflictException("line.alreadyFailed");
        }
        String r = reason == null || reason.isBlank() ? "银行退回" : reason.strip();
        this.bankReason = r.length() > 200 ? r.substring(0, 199) + "…" : r;
        this.bankStatus = BankStatus.FAILED;
        this.returnEntryId = entryId;
        this.settledAt = now;
    }

    /** A failed line paid again, with the bank's new reference. */
    public void repaid(String reference, long entryId, Instant now) {
        if (bankStatus != BankStatus.FAILED) {
            throw new ConflictException("line.notFailed");
        }
        this.repayReference = Disbursement.requireReference(reference);
        this.repayEntryId = entryId;
        this.bankStatus = BankStatus.REPAID;
        this.settledAt = now;
    }

    /** Charged to a fallback fund after a help-first case was rejected (once). */
    public void recharged(long fundId, long entryId) {
        if (rechargeFundId != null) {
            throw new ConflictException("line.alreadyRecharged");
        }
        this.rechargeFundId = fundId;
        this.rechargeEntryId = entryId;
    }

    public Long getRechargeFundId() {
        return rechargeFundId;
    }

    public BankStatus getBankStatus() {
        return bankStatus;
    }

    public String getBankReason() {
        return bankReason;
    }

    public String getRepayReference() {
        return repayReference;
    }

    public Instant getSettledAt() {
        return settledAt;
    }

    public long getRunId() {
        return runId;
    }

    public long getSchemeId() {
        return schemeId;
    }

    public long getChildId() {
        return childId;
    }

    public YearMonth getForMonth() {
        return YearMonth.from(forMonth);
    }

    public LineKind getKind() {
        return kind;
    }

    public String getPayeeName() {
        return payeeName;
    }

    public Money getAmount() {
        return amount;
    }

    public String getSnapshot() {
        return snapshot;
    }
}
