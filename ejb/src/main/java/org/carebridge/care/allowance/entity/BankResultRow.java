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

/** One row of an imported bank result file and what it did. Never changed. */
@Entity
@Table(name = "cb_bank_result_row")
public class BankResultRow extends TenantOwned {

    @Column(name = "reconciliation_id", nullable = false, updatable = false)
    private long reconciliationId;

    @Column(name = "row_no", nullable = false, updatable = false)
    private int rowNo;

    @Column(length = 60, updatable = false)
    private String reference;

    @Convert(converter = MoneyConverter.class)
    @Column(precision = 19, scale = 2, updatable = false)
    private Money amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private RowOutcome outcome;

    @Column(length = 200, updatable = false)
    private String reason;

    @Column(name = "line_id", updatable = false)
    private Long lineId;

    protected BankResultRow() {
    }

    public BankResultRow(long reconciliationId, int rowNo, String reference, Money amount, RowOutcome outcome,
                         String reason, Long lineId) {
        this.reconciliationId = reconciliationId;
        this.rowNo = rowNo;
        this.reference = reference == null ? null : reference.length() > 60 ? reference.substring(0, 60) : reference;
        this.amount = amount;
        this.outcome = outcome;
        this.reason = reason == null ? null : reason.length() > 200 ? reason.substring(0, 199) + "…" : reason;
        this.lineId = lineId;
    }

    public long getReconciliationId() {
        return reconciliationId;
    }

    public int getRowNo() {
        return rowNo;
    }

    public String getReference() {
        return reference;
    }

    public Money getAmount() {
        return amount;
    }

    public RowOutcome getOutcome() {
        return outcome;
    }

    public String getReason() {
        return reason;
    }

    public Long getLineId() {
        return lineId;
    }
}
