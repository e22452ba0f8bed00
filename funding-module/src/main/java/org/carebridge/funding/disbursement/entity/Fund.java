package org.carebridge.funding.disbursement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.TenantOwned;

import java.time.Instant;

/**
 * One of a tenant's funds, with its two ledger accounts: the money it holds ({@code FUND:id}) and
 * where that came from ({@code SOURCE:id}). Its balance, commitments and spending come from the
 * ledger and the disbursements, never from a typed figure.
 */
@Entity
@Table(name = "cb_fund")
public class Fund extends TenantOwned {

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private FundKind kind;

    @Column(name = "fiscal_year")
    private Integer fiscalYear;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "source_account_id", nullable = false)
    private long sourceAccountId;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Fund() {
    }

    /** A named fund; a budget line names its fiscal year (2000–2100). */
    public Fund(String name, FundKind kind, Integer fiscalYear, long accountId, long sourceAccountId, String by,
                Instant now) {
        validate(name, kind, fiscalYear);
        this.name = name.strip();
        this.kind = kind;
        this.fiscalYear = fiscalYear;
        this.accountId = accountId;
        this.sourceAccountId = sourceAccountId;
        this.createdBy = by;
        this.createdAt = now;
    }

    /** What a fund's terms must satisfy (checked before its ledger accounts are opened). */
    public static void validate(String name, FundKind kind, Integer fiscalYear) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new ValidationException("fund.name.required");
        }
        if (kind == null) {
            throw new ValidationException("fund.kind.required");
        }
        if (kind == FundKind.BUDGET_LINE && (fiscalYear == null || fiscalYear < 2000 || fiscalYear > 2100)) {
            throw new ValidationException("fund.fiscalYear.required");
        }
    }

    public String getName() {
        return name;
    }

    public FundKind getKind() {
        return kind;
    }

    public Integer getFiscalYear() {
        return fiscalYear;
    }

    public long getAccountId() {
        return accountId;
    }

    public long getSourceAccountId() {
        return sourceAccountId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
