package org.carebridge.funding.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import org.carebridge.core.value.Money;
import org.carebridge.core.value.MoneyConverter;

/** A foundation that co-funds a project with a share of its amount (the owner pays the rest). */
@Embeddable
public class CoFunder {

    @Column(name = "funder_tenant_id", nullable = false)
    private long funderTenantId;

    @Convert(converter = MoneyConverter.class)
    @Column(name = "share", nullable = false, precision = 19, scale = 2)
    private Money share;

    protected CoFunder() {
    }

    public CoFunder(long funderTenantId, Money share) {
        this.funderTenantId = funderTenantId;
        this.share = share;
    }

    public long getFunderTenantId() {
        return funderTenantId;
    }

    public Money getShare() {
        return share;
    }
}
