package org.carebridge.care.referral.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.carebridge.care.child.control.ChildLookup;
import org.carebridge.care.child.entity.Child;
import org.carebridge.care.child.entity.ChildCategory;
import org.carebridge.care.child.entity.ChildStatus;
import org.carebridge.care.child.entity.HouseholdMember;
import org.carebridge.care.referral.control.DistrictWriter;
import org.carebridge.care.referral.entity.Referral;
import org.carebridge.care.service.boundary.NewService;
import org.carebridge.care.service.boundary.ServiceView;
import org.carebridge.care.service.entity.ServiceRecord;
import org.carebridge.care.referral.entity.ReferralStatus;
import org.carebridge.core.account.entity.Roles;
import org.carebridge.core.audit.boundary.AuditTrail;
import org.carebridge.core.error.AccessDeniedException;
import org.carebridge.core.error.ConflictException;
import org.carebridge.core.error.NotFoundException;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.CallContext;
import org.carebridge.core.persistence.Page;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.core.tenant.control.TenantDirectory;
import org.carebridge.core.tenant.entity.Tenant;
import org.carebridge.core.tenant.entity.TenantKind;
import org.carebridge.core.tenant.entity.TenantStatus;
import org.carebridge.core.value.LocalDates;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Referrals from the bound district (sent) and to the bound organisation (received). Referrals are
 * platform rows, so every query here names the bound tenant as sender or receiver; a referral of a
 * third tenant, or one the caller is on neither side of, is a 404. Receivers see the grant while the
 * referral is open, and each time they open it the view is written into the district's trail of the
 * child.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.CASEWORKER, Roles.APPROVER, Roles.AUDITOR, Roles.PROGRAMME_OFFICER})
public class Referrals {

    /** Which side of referrals to list. */
    public enum Side { SENT, RECEIVED }

    @Inject
    TenantData data;

    @Inject
    AuditTrail audit;

    @Inject
    ChildLookup lookup;

    @Inject
    DistrictWriter writer;

    @Inject
    TenantDirectory tenants;

    /** Active service organisations and foundations to refer to. */
    public List<Receiver> receivers() {
        return data.shared().createQuery("select t from Tenant t where t.kind in :kinds and t.status = :active"
                        + " order by t.code", Tenant.class)
                .setParameter("kinds", List.of(TenantKind.SERVICE_ORG, TenantKind.FOUNDATION))
                .setParameter("active", TenantStatus.ACTIVE).getResultList().stream()
                .map(t -> new Receiver(t.getCode(), t.getNameZh(), t.getKind().name())).toList();
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.CASEWORKER})
    public ReferralView send(NewReferral n) {
        if (n == null || n.childId() == null) {
            throw new ValidationException("application.child.required");
        }
        Child child = lookup.require(n.childId());
        if (child.getStatus() == ChildStatus.EXITED) {
            throw new ConflictException("referral.child.exited");
        }
        long from = CallContext.requireTenant();
        String code = n.toTenant() == null ? "" : n.toTenant().strip().toLowerCase(Locale.ROOT);
        Tenant to = data.shared().createQuery("select t from Tenant t where t.code = :c", Tenant.class)
                .setParameter("c", code).getResultStream()
                .filter(t -> t.isActive() && (t.getKind() == TenantKind.SERVICE_ORG || t.getKind() == TenantKind.FOUNDATION))
                .findFirst().orElseThrow(() -> new ValidationException("referral.receiver.unknown", code));
        HouseholdMember guardian = child.getHousehold().stream().filter(HouseholdMember::isGuardian).findFirst()
                .orElse(null);
        boolean share = n.shareGuardianContact() && guardian != null;
        Referral.Grant grant = new Referral.Grant(child.getName().value(), child.getSex().name(),
                YearMonth.from(child.getBirthDate()).toString(), ChildCategory.encode(child.getCategories()),
                child.getResidentId() == null ? null : child.getResidentId().masked(),
                child.getResidenceRegion().value(), share ? guardian.getName().value() : null,
                share && guardian.getMobile() != null ? guardian.getMobile().value() : null);
        Referral r = new Referral(from, to.getId(), child.getId(), n.serviceType(), n.reason(), n.basis(),
                n.basisDetail(), n.consentOn() == null || n.consentOn().isBlank() ? null
                : LocalDates.parse(n.consentOn(), "referral.consentOn.range"), grant, CallContext.actor(),
                LocalDates.today());
        data.shared().persist(r);
        data.shared().flush();
        audit.record("REFERRAL_SENT", "Child", child.getId(), "referral " + r.getId() + " to " + to.getCode() + " "
                + r.getServiceType() + " (" + r.getBasis() + (share ? ", guardian contact shared" : "") + ")");
        return ReferralView.forSender(r, tenantName(from), to.getNameZh());
    }

    /** Referrals the bound tenant sent or received, newest first; optionally one child's (sender only). */
    public Page<ReferralView> page(Side side, ReferralStatus status, Long childId, int offset, int limit) {
        long me = CallContext.requireTenant();
        EntityManager em = data.shared();
        String where = (side == Side.SENT ? " where r.fromTenantId = :me" : " where r.toTenantId = :me")
                + (status == null ? "" : " and r.status = :s")
                + (childId != null && side == Side.SENT ? " and r.childId = :c" : "");
        TypedQuery<Long> count = em.createQuery("select count(r) from Referral r" + where, Long.class);
        TypedQuery<Referral> rows = em.createQuery("select r from Referral r" + where + " order by r.id desc",
                Referral.class);
        for (TypedQuery<?> q : List.of(count, rows)) {
            q.setParameter("me", me);
            if (status != null) {
                q.setParameter("s", status);
            }
            if (childId != null && side == Side.SENT) {
                q.setParameter("c", childId);
            }
        }
        List<Referral> items = rows.setFirstResult(offset).setMaxResults(limit).getResultList();
        Map<Long, String> names = tenantNames(items);
        return new Page<>(items, count.getSingleResult(), offset, limit).map(r -> side == Side.SENT
                ? ReferralView.forSender(r, names.get(r.getFromTenantId()), names.get(r.getToTenantId()))
                : ReferralView.forReceiver(r, names.get(r.getFromTenantId()), names.get(r.getToTenantId()), false));
    }

    /** One referral; a receiver's opening of an open referral is logged in the district's trail of the child. */
    public ReferralView find(long id) {
        Referral r = load(id);
        long me = CallContext.requireTenant();
        if (r.getFromTenantId() == me) {
            return ReferralView.forSender(r, tenantName(r.getFromTenantId()), tenantName(r.getToTenantId()));
        }
        if (r.getStatus().grantsView()) {
            audit.recordFor(r.getFromTenantId(), "CHILD_VIEWED_BY_RECEIVER", "Child", r.getChildId(),
                    "referral " + id + " by " + tenantCode(me));
        }
        return ReferralView.forReceiver(r, tenantName(r.getFromTenantId()), tenantName(r.getToTenantId()), true);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.CASEWORKER})
    public ReferralView answer(long id, boolean accept, String note) {
        Referral r = receiving(id);
        r.answer(accept, note, CallContext.actor());
        record(r, accept ? "REFERRAL_ACCEPTED" : "REFERRAL_REJECTED", note);
        return ReferralView.forReceiver(r, tenantName(r.getFromTenantId()), tenantName(r.getToTenantId()), false);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.CASEWORKER})
    public ReferralView complete(long id, String outcome) {
        Referral r = receiving(id);
        r.complete(outcome, CallContext.actor());
        record(r, "REFERRAL_DONE", outcome);
        return ReferralView.forReceiver(r, tenantName(r.getFromTenantId()), tenantName(r.getToTenantId()), false);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.CASEWORKER})
    public ReferralView revoke(long id, String why) {
        Referral r = load(id);
        if (r.getFromTenantId() != CallContext.requireTenant()) {
            throw new AccessDeniedException("referral.senderOnly");
        }
        r.revoke(why, CallContext.actor());
        record(r, "REFERRAL_REVOKED", why);
        return ReferralView.forSender(r, tenantName(r.getFromTenantId()), tenantName(r.getToTenantId()));
    }

    /**
     * The receiving organisation records a service it gave for an accepted referral. The record goes
     * into the district's register (the child's services and timeline), with this organisation as
     * provider; the district's caseworkers read its notes, the district's approvers and auditors do not.
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.CASEWORKER})
    public ServiceView recordService(long id, NewService n) {
        Referral r = receiving(id);
        if (r.getStatus() != ReferralStatus.ACCEPTED) {
            throw new ConflictException("referral.notAccepted");
        }
        if (n == null) {
            throw new ValidationException("error.badRequest");
        }
        long me = CallContext.requireTenant();
        ServiceRecord record = new ServiceRecord(r.getChildId(), n.type() == null ? r.getServiceType() : n.type(),
                LocalDates.parse(n.deliveredOn(), "service.deliveredOn.range"),
                n.durationMinutes() == null ? 0 : n.durationMinutes(), tenantName(me), me, n.staff(), n.outcome(),
                n.notes(), CallContext.actor(), LocalDates.today());
        ServiceRecord saved;
        try (CallContext.Scope ignored = CallContext.open(r.getFromTenantId(), CallContext.actor(), CallContext.sourceIp())) {
            saved = writer.recordService(record, "referral " + id);
        }
        audit.record("REFERRAL_SERVICE_RECORDED", "Referral", id, "service " + saved.getId() + " " + saved.getType()
                + " " + saved.getDeliveredOn());
        return ServiceView.ofProvider(saved, r.getGrant().childName());
    }

    /** The services the bound organisation recorded for a referral it received. */
    public List<ServiceView> services(long id) {
        Referral r = receiving(id);
        long me = CallContext.requireTenant();
        try (CallContext.Scope ignored = CallContext.open(r.getFromTenantId(), CallContext.actor(), CallContext.sourceIp())) {
            String name = r.getStatus().grantsView() ? r.getGrant().childName() : null;
            return writer.servicesBy(r.getChildId(), me).stream().map(s -> ServiceView.ofProvider(s, name)).toList();
        }
    }

    /** Open referrals waiting for the bound organisation's answer (dashboard). */
    public long waitingCount() {
        return data.shared().createQuery("select count(r) from Referral r where r.toTenantId = :me and r.status = :s",
                        Long.class).setParameter("me", CallContext.requireTenant())
                .setParameter("s", ReferralStatus.SENT).getSingleResult();
    }

    /** Both sides' trails get the step; the district's under the child. */
    private void record(Referral r, String action, String note) {
        String detail = "referral " + r.getId() + (note == null || note.isBlank() ? "" : ": " + note.strip());
        if (CallContext.requireTenant() == r.getFromTenantId()) {
            audit.record(action, "Child", r.getChildId(), detail);
        } else {
            audit.record(action, "Referral", r.getId(), detail);
            audit.recordFor(r.getFromTenantId(), action, "Child", r.getChildId(), detail + " by "
                    + tenantCode(r.getToTenantId()));
        }
    }

    private Referral receiving(long id) {
        Referral r = load(id);
        if (r.getToTenantId() != CallContext.requireTenant()) {
            throw new AccessDeniedException("referral.receiverOnly");
        }
        return r;
    }

    /** The referral if the bound tenant is on either side of it; otherwise it does not exist. */
    private Referral load(long id) {
        long me = CallContext.requireTenant();
        Referral r = data.shared().find(Referral.class, id);
        if (r == null || r.getFromTenantId() != me && r.getToTenantId() != me) {
            throw new NotFoundException("referral.notFound");
        }
        return r;
    }

    private Map<Long, String> tenantNames(List<Referral> rows) {
        return tenants.names(rows.stream().flatMap(r -> java.util.stream.Stream.of(r.getFromTenantId(),
                r.getToTenantId())).toList());
    }

    private String tenantName(long id) {
        return tenants.name(id);
    }

    private String tenantCode(long id) {
        return tenants.get(id).getCode();
    }
}
