package org.carebridge.core.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.EntityManagerProperties;


/**
 * Base of every tenant-private entity: EclipseLink fills {@code TENANT_ID} on insert and adds
 * {@code TENANT_ID = ?} to every read, from the tenant bound by {@link TenantData}. The column is
 * mapped read-only so that audit and tests can see it; a persist with no bound tenant fails here
 * before it reaches the database (whose {@code NOT NULL} is the second guard).
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT,
        discriminatorType = jakarta.persistence.DiscriminatorType.INTEGER, columnDefinition = "BIGINT")
public abstract class TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "TENANT_ID", insertable = false, updatable = false)
    private Long tenantId;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public Long getTenantId() {
        return tenantId;
    }

    public long getVersion() {
        return version;
    }

    @PrePersist
    void requireBoundTenant() {
        CallContext.requireTenant();
    }

}
