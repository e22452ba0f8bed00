package org.carebridge.core.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.carebridge.core.account.entity.Roles;
import org.carebridge.core.audit.entity.AuditEvent;
import org.carebridge.core.persistence.CallContext;
import org.carebridge.core.persistence.Page;
import org.carebridge.core.persistence.TenantData;

/**
 * The append-only audit trail. {@link #record} joins the caller's transaction, so a change and its
 * audit row commit or roll back together; {@link #recordAlways} commits on its own, for events such
 * as failed logins that must survive the rollback of what triggered them.
 */
@Stateless
public class AuditTrail {

    @Inject
    TenantData data;

    public void record(String action, String entityType, Object entityId, String detail) {
        data.shared().persist(event(action, entityType, entityId, detail));
    }

    /**
     * An event about a record of another tenant, written into that tenant's trail (the actor stays the
     * caller): a receiving organisation opening a referred child's shared details is logged in the
     * district's trail of that child.
     */
    public void recordFor(long tenantId, String action, String entityType, Object entityId, String detail) {
        data.shared().persist(new AuditEvent(CallContext.actor(), tenantId, action, entityType,
                entityId == null ? null : String.valueOf(entityId), detail, CallContext.sourceIp()));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordAlways(String actor, Long tenantId, String action, String detail) {
        data.shared().persist(new AuditEvent(actor, tenantId, action, null, null, detail, CallContext.sourceIp()));
    }

    private static AuditEvent event(String action, String entityType, Object entityId, String detail) {
        return new AuditEvent(CallContext.actor(), CallContext.tenantId().orElse(null), action, entityType,
                entityId == null ? null : String.valueOf(entityId), detail, CallContext.sourceIp());
    }

    /** The bound tenant's events, newest first, one page read in SQL. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.AUDITOR})
    public Page<AuditEvent> page(int offset, int limit) {
        long tenant = CallContext.requireTenant();
        var em = data.shared();
        long total = em.createQuery("select count(e) from AuditEvent e where e.tenantId = :t", Long.class)
                .setParameter("t", tenant).getSingleResult();
        var items = em.createQuery("select e from AuditEvent e where e.tenantId = :t order by e.id desc",
                        AuditEvent.class)
                .setParameter("t", tenant).setFirstResult(offset).setMaxResults(limit).getResultList();
        return new Page<>(items, total, offset, limit);
    }

    /**
     * The bound tenant's events about one record, newest first. Callers check their own access to the
     * record first (the role check is theirs).
     */
    public Page<AuditEvent> forRecord(String entityType, String entityId, int offset, int limit) {
        long tenant = CallContext.requireTenant();
        var em = data.shared();
        long total = em.createQuery("select count(e) from AuditEvent e where e.tenantId = :t and e.entityType = :type"
                        + " and e.entityId = :id", Long.class)
                .setParameter("t", tenant).setParameter("type", entityType).setParameter("id", entityId)
                .getSingleResult();
        var items = em.createQuery("select e from AuditEvent e where e.tenantId = :t and e.entityType = :type"
                        + " and e.entityId = :id order by e.id desc", AuditEvent.class)
                .setParameter("t", tenant).setParameter("type", entityType).setParameter("id", entityId)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
        return new Page<>(items, total, offset, limit);
    }
}
