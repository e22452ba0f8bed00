package org.carebridge.funding.disbursement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.TenantOwned;
import org.carebridge.core.value.Money;
import org.carebridge.core.value.MoneyConverter;

/** A tenant's money rules: above which amount a disbursement needs a second approver. */
@Entity
@Table(name = "cb_money_setting")
public class MoneySettings extends TenantOwned {

    /** Without a setting of its own, a tenant needs two approvals above 50,000 yuan. */
    public static final Money DEFAULT_SECOND_APPROVAL_ABOVE = Money.of("50000.00");

    @Convert(converter = MoneyConverter.class)
    @Column(name = "second_approval_above", nullable = false, precision = 19, scale = 2)
    private Money secondApprovalAbove;

    protected MoneySettings() {
    }

    public MoneySettings(Money secondApprovalAbove) {
        change(secondApprovalAbove);
    }

    public final void change(Money above) {
        if (above == null || above.isNegative()) {
            throw new ValidationException("money.threshold.invalid");
        }
        this.secondApprovalAbove = above;
    }

    public Money getSecondApprovalAbove() {
        return secondApprovalAbove;
    }
}
