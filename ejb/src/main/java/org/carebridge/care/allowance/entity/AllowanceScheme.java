package org.carebridge.care.allowance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.carebridge.care.child.entity.ChildCategory;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.TenantOwned;
import org.carebridge.funding.disbursement.entity.Purpose;

import java.time.Instant;
import java.util.Set;

/** An allowance scheme: which children (by category), how often, to whom, from which fund, for what. */
@Entity
@Table(name = "cb_allowance_scheme")
public class AllowanceScheme extends TenantOwned {

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 200)
    private String categories;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Frequency frequency;

    @Enumerated(EnumType.STRING)
    @Column(name = "payee_kind", nullable = false, length = 12)
    private PayeeKind payeeKind;

    @Column(name = "fund_id", nullable = false)
    private long fundId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Purpose purpose;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AllowanceScheme() {
    }

    public AllowanceScheme(String name, Set<ChildCategory> categories, Frequency frequency, PayeeKind payeeKind,
                           long fundId, Purpose purpose, String by, Instant now) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new ValidationException("scheme.name.required");
        }
        if (categories == null || categories.isEmpty()) {
            throw new ValidationException("scheme.categories.required");
        }
        if (frequency == null || payeeKind == null || purpose == null) {
            throw new ValidationException("scheme.terms.required");
        }
        this.name = name.strip();
        this.categories = ChildCategory.encode(categories);
        this.frequency = frequency;
        this.payeeKind = payeeKind;
        this.fundId = fundId;
        this.purpose = purpose;
        this.createdBy = by;
        this.createdAt = now;
    }

    /** Whether a child in these categories is eligible (any category of the scheme). */
    public boolean covers(Set<ChildCategory> childCategories) {
        return getCategories().stream().anyMatch(childCategories::contains);
    }

    public String getName() {
        return name;
    }

    public Set<ChildCategory> getCategories() {
        return ChildCategory.decode(categories);
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public PayeeKind getPayeeKind() {
        return payeeKind;
    }

    public long getFundId() {
        return fundId;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
