package org.carebridge.core.orgunit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.TenantOwned;
import org.carebridge.core.value.RegionCode;

import java.time.Instant;

/**
 * One of a tenant's own units: a district's street/township offices and community/village child
 * director posts, or a foundation's or organisation's teams. Tenant-private.
 */
@Entity
@Table(name = "cb_org_unit")
public class OrgUnit extends TenantOwned {

    public static final int NAME_LENGTH = 200;
    public static final int CONTACT_LENGTH = 100;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrgUnitKind kind;

    @Column(name = "region_code", length = 12)
    private String regionCode;

    @Column(length = CONTACT_LENGTH)
    private String contact;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected OrgUnit() {
    }

    public OrgUnit(String name, OrgUnitKind kind, RegionCode region, String contact) {
        this.createdAt = Instant.now();
        change(name, kind, region, contact);
    }

    public final void change(String newName, OrgUnitKind newKind, RegionCode region, String newContact) {
        if (newName == null || newName.isBlank()) {
            throw new ValidationException("orgUnit.name.required");
        }
        if (newName.strip().length() > NAME_LENGTH) {
            throw new ValidationException("orgUnit.name.length", NAME_LENGTH);
        }
        if (newKind == null) {
            throw new ValidationException("orgUnit.kind.required");
        }
        if (newContact != null && newContact.strip().length() > CONTACT_LENGTH) {
            throw new ValidationException("orgUnit.contact.length", CONTACT_LENGTH);
        }
        this.name = newName.strip();
        this.kind = newKind;
        this.regionCode = region == null ? null : region.value();
        this.contact = newContact == null || newContact.isBlank() ? null : newContact.strip();
        this.updatedAt = Instant.now();
    }

    public String getName() {
        return name;
    }

    public OrgUnitKind getKind() {
        return kind;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getContact() {
        return contact;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
