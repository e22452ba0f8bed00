package org.carebridge.care.child.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.TenantOwned;
import org.carebridge.core.value.MobileNumber;
import org.carebridge.core.value.MobileNumberConverter;
import org.carebridge.core.value.PersonName;
import org.carebridge.core.value.PersonNameConverter;

import java.time.Instant;

/** A guardian or other member of the child's household, with a contact number shown masked. */
@Entity
@Table(name = "cb_household_member")
public class HouseholdMember extends TenantOwned {

    public static final int RELATION_LENGTH = 30;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "child_id", nullable = false)
    private Child child;

    @Convert(converter = PersonNameConverter.class)
    @Column(nullable = false, length = PersonName.MAX_LENGTH)
    private PersonName name;

    @Column(nullable = false, length = RELATION_LENGTH)
    private String relation;

    @Column(nullable = false)
    private boolean guardian;

    @Convert(converter = MobileNumberConverter.class)
    @Column(length = 20)
    private MobileNumber mobile;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected HouseholdMember() {
    }

    HouseholdMember(Child child, PersonName name, String relation, boolean guardian, MobileNumber mobile) {
        if (name == null) {
            throw new ValidationException("value.name.required");
        }
        if (relation == null || relation.isBlank() || relation.strip().length() > RELATION_LENGTH) {
            throw new ValidationException("child.household.relation");
        }
        this.child = child;
        this.name = name;
        this.relation = relation.strip();
        this.guardian = guardian;
        this.mobile = mobile;
        this.createdAt = Instant.now();
    }

    public PersonName getName() {
        return name;
    }

    public String getRelation() {
        return relation;
    }

    public boolean isGuardian() {
        return guardian;
    }

    public MobileNumber getMobile() {
        return mobile;
    }
}
