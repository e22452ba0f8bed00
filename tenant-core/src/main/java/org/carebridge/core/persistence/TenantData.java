package org.carebridge.core.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.persistence.config.EntityManagerProperties;

/**
 * The one way code reaches the database. {@link #tenant()} binds the call's tenant to the
 * transaction's EntityManager before handing it out, so every tenant-private query is filtered;
 * {@link #shared()} is for the platform tables that are not tenant-private (tenants, accounts,
 * memberships, audit) and must never be used for {@link TenantOwned} entities.
 */
@ApplicationScoped
public class TenantData {

    public static final String UNIT = "carebridge";

    @PersistenceContext(unitName = UNIT)
    EntityManager em;

    /** The transaction's EntityManager, filtered to the bound tenant; fails when none is bound. */
    public EntityManager tenant() {
        long tenantId = CallContext.requireTenant();
        em.setProperty(EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT, tenantId);
        return em;
    }

    /** The transaction's EntityManager for platform-wide tables (no tenant filter applies to them). */
    public EntityManager shared() {
        return em;
    }
}
