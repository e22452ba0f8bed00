package org.carebridge.care.allowance.entity;

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
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A scheme's rate from a month on (per payment: per month for monthly schemes, per year for yearly
 * ones), with the basis it was set on. Proposed, then adopted by an approver who did not propose it;
 * an adopted rate is never changed — a later (or back-dated) rate replaces it from its month.
 */
@Entity
@Table(name = "cb_scheme_rate")
public class SchemeRate extends TenantOwned {

    @Column(name = "scheme_id", nullable = false)
    private long schemeId;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Convert(converter = MoneyConverter.class)
    @Column(nullable = false, precision = 19, scale = 2)
    private Money amount;

    @Column(nullable = false, length = 500)
    private String basis;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RateStatus status;

    @Column(name = "proposed_by", nullable = false, length = 80)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "decided_by", length = 80)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected SchemeRate() {
    }

    public SchemeRate(long schemeId, YearMonth from, Money amount, String basis, String by, Instant now) {
        if (from == null) {
            throw new ValidationException("rate.effectiveFrom.required");
        }
        if (amount == null || !amount.isPositive()) {
            throw new ValidationException("rate.amount.positive");
        }
        if (basis == null || basis.isBlank() || basis.strip().length() > 500) {
            throw new ValidationException("rate.basis.required");
        }
        this.schemeId = schemeId;
        this.effectiveFrom = from.atDay(1);
        this.amount = amount;
        this.basis = basis.strip();
        this.status = RateStatus.PROPOSED;
        this.proposedBy = by;
        this.proposedAt = now;
    }

    /** An approver other than the proposer adopts (or declines) the proposal. */
    public void decide(boolean adopt, String by, Instant now) {
        if (status != RateStatus.PROPOSED) {
            throw new ConflictException("rate.notProposed");
        }
        if (by.equals(proposedBy)) {
            throw new AccessDeniedException("rate.makerChecker");
        }
        this.status = adopt ? RateStatus.ADOPTED : RateStatus.DECLINED;
        this.decidedBy = by;
        this.decidedAt = now;
    }

    public long getSchemeId() {
        return schemeId;
    }

    public YearMonth getEffectiveFrom() {
        return YearMonth.from(effectiveFrom);
    }

    public Money getAmount() {
        return amount;
    }

    public String getBasis() {
        return basis;
    }

    public RateStatus getStatus() {
        return status;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
