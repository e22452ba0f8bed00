package org.carebridge.care.allowance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.carebridge.core.persistence.TenantOwned;
import org.carebridge.core.value.Money;
import org.carebridge.core.value.MoneyConverter;

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
