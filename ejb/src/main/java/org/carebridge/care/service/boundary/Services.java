package org.carebridge.care.service.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.carebridge.care.child.control.CaseAccess;
import org.carebridge.care.child.control.ChildLookup;
import org.carebridge.care.child.entity.Child;
import org.carebridge.care.child.entity.ChildStatus;
import org.carebridge.care.child.entity.Need;
import org.carebridge.care.service.entity.CasePlan;
import org.carebridge.care.service.entity.ServiceRecord;
import org.carebridge.core.value.ServiceType;
import org.carebridge.core.account.entity.Roles;
import org.carebridge.core.audit.boundary.AuditTrail;
import org.carebridge.core.error.AccessDeniedException;
import org.carebridge.core.error.ConflictException;
import org.carebridge.core.error.NotFoundException;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.CallContext;
import org.carebridge.core.persistence.Page;
import org.carebridge.core.persistence.PagedQuery;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.core.tenant.entity.Tenant;
import org.carebridge.core.value.LocalDates;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Case plans and service records in the bound district. Caseworkers and administrators write plans
 * and see every record with its notes; approvers and auditors read records without notes; a
 * volunteer records the services they give and sees only those.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.CASEWORKER, Roles.APPROVER, Roles.AUDITOR, Roles.VOLUNTEER})
public class Services {

    /** Which service records a list shows. */
    /** What a service-record list shows; {@code from}/{@code to} (inclusive, either may be null) bound the delivery date. */
    public record Filter(Long childId, ServiceType type, boolean includeVoid, LocalDate from, LocalDate to) {

        public Filter(Long childId, ServiceType type, boolean includeVoid) {
            this(childId, type, includeVoid, null, null);
        }
    }

    @Inject
    TenantData data;

    @Inject
    AuditTrail audit;

    @Inject
    ChildLookup lookup;

    @Inject
    CaseAccess access;

    // ---- case plans ------------------------------------------------------------------------------

    public Optional<CasePlanView> currentPlan(long childId) {
        lookup.require(childId);
        LocalDate today = LocalDates.today();
        return data.tenant().createQuery("select p from CasePlan p where p.childId = :c and p.current = true",
                        CasePlan.class).setParameter("c", childId).getResultStream().findFirst()
                .map(p -> CasePlanView.of(p, today));
    }

    /** Every revision of the child's plan, newest first. */
    public List<CasePlanView> planHistory(long childId) {
        lookup.require(childId);
        LocalDate today = LocalDates.today();
        return data.tenant().createQuery("select p from CasePlan p where p.childId = :c order by p.revision desc",
                CasePlan.class).setParameter("c", childId).setMaxResults(50).getResultList().stream()
                .map(p -> CasePlanView.of(p, today)).toList();
    }

    /** Writes the child's plan (a new revision when one exists); only supported children have plans. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.CASEWORKER})
    public CasePlanView writePlan(long childId, Set<Need> needs, String goals, Set<ServiceType> services,
                                  String reviewOn) {
        Child child = lookup.require(childId);
        if (child.getStatus() != ChildStatus.SUPPORTED) {
            throw new ConflictException("casePlan.notSupported");
        }
        EntityManager em = data.tenant();
        List<CasePlan> current = em.createQuery("select p from CasePlan p where p.childId = :c and p.current = true",
                CasePlan.class).setParameter("c", childId).getResultList();
        Integer last = em.createQuery("select max(p.revision) from CasePlan p where p.childId = :c", Integer.class)
                .setParameter("c", childId).getSingleResult();
        CasePlan plan = new CasePlan(childId, last == null ? 1 : last + 1, needs, goals, services,
                LocalDates.parse(reviewOn, "casePlan.reviewOn.range"), CallContext.actor(), LocalDates.today());
        current.forEach(CasePlan::supersede);
        em.persist(plan);
        em.flush();
        audit.record("CASE_PLAN_WRITTEN", "Child", childId, "revision " + plan.getRevision());
        return CasePlanView.of(plan, LocalDates.today());
    }

    // ---- service records -------------------------------------------------------------------------

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.CASEWORKER, Roles.VOLUNTEER})
    public ServiceView record(NewService n) {
        if (n == null || n.childId() == null) {
            throw new ValidationException("application.child.required");
        }
        Child child = lookup.require(n.childId());
        if (child.getStatus() == ChildStatus.EXITED || child.getStatus() == ChildStatus.DISCOVERED) {
            throw new ConflictException("service.child.notInCare");
        }
        long tenantId = CallContext.requireTenant();
        String provider = n.providerName() == null || n.providerName().isBlank()
                ? data.shared().find(Tenant.class, tenantId).getNameZh() : n.providerName().strip();
        if (provider.length() > 200) {
            throw new ValidationException("service.provider.length");
        }
        ServiceRecord r = new ServiceRecord(child.getId(), n.type(),
                LocalDates.parse(n.deliveredOn(), "service.deliveredOn.range"),
                n.durationMinutes() == null ? 0 : n.durationMinutes(), provider, tenantId, n.staff(), n.outcome(),
                n.notes(), CallContext.actor(), LocalDates.today());
        EntityManager em = data.tenant();
        em.persist(r);
        em.flush();
        audit.record("SERVICE_RECORDED", "Child", child.getId(), "service " + r.getId() + " " + r.getType() + " "
                + r.getDeliveredOn());
        return ServiceView.of(r, child.getName().value(), true);
    }

    public ServiceView find(long id) {
        ServiceRecord r = load(id);
        return ServiceView.of(r, lookup.name(r.getChildId()), mayReadNotes(r));
    }

    /** Service records, newest first; a volunteer sees only their own. */
    public Page<ServiceView> page(Filter f, int offset, int limit) {
        EntityManager em = data.tenant();
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (f.childId() != null) {
            where.append(" and r.childId = :child");
            params.put("child", f.childId());
        }
        if (f.type() != null) {
            where.append(" and r.type = :type");
            params.put("type", f.type());
        }
        if (!f.includeVoid()) {
            where.append(" and r.voidReason is null");
        }
        if (f.from() != null) {
            where.append(" and r.deliveredOn >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            where.append(" and r.deliveredOn <= :to");
            params.put("to", f.to());
        }
        if (!access.readsAll()) {
            where.append(" and r.recordedBy = :me");
            params.put("me", CallContext.actor());
        }
        Page<ServiceRecord> page = PagedQuery.page(em, ServiceRecord.class, "r", "from ServiceRecord r" + where,
                params, "r.deliveredOn desc, r.id desc", offset, limit);
        Map<Long, String> names = lookup.names(page.items().stream().map(ServiceRecord::getChildId).toList());
        return page.map(r -> ServiceView.of(r, names.get(r.getChildId()), mayReadNotes(r)));
    }

    /** Voids a record entered in error (the recorder, a caseworker or an administrator). */
    public ServiceView voidRecord(long id, String reason) {
        ServiceRecord r = load(id);
        if (!access.actsOnAll() && !r.getRecordedBy().equals(CallContext.actor())) {
            throw new AccessDeniedException("service.notRecorder");
        }
        r.voidWith(reason);
        audit.record("SERVICE_VOIDED", "Child", r.getChildId(), "service " + id + ": " + r.getVoidReason());
        return ServiceView.of(r, lookup.name(r.getChildId()), mayReadNotes(r));
    }

    private ServiceRecord load(long id) {
        ServiceRecord r = data.tenant().find(ServiceRecord.class, id);
        if (r == null || !access.readsAll() && !r.getRecordedBy().equals(CallContext.actor())) {
            throw new NotFoundException("service.notFound");
        }
        return r;
    }

    private boolean mayReadNotes(ServiceRecord r) {
        return access.actsOnAll() || r.getRecordedBy().equals(CallContext.actor());
    }
}
