package org.carebridge.care.application.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.carebridge.care.allowance.control.HelpFirstRecharge;
import org.carebridge.care.application.entity.Application;
import org.carebridge.care.application.entity.ApplicationStatus;
import org.carebridge.care.application.entity.Track;
import org.carebridge.care.child.control.ChildLookup;
import org.carebridge.care.child.entity.Child;
import org.carebridge.care.child.entity.ChildStatus;
import org.carebridge.config.Settings;
import org.carebridge.core.account.entity.Roles;
import org.carebridge.core.audit.boundary.AuditTrail;
import org.carebridge.core.error.ConflictException;
import org.carebridge.core.error.NotFoundException;
import org.carebridge.core.persistence.CallContext;
import org.carebridge.core.persistence.Page;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.core.value.LocalDates;
import org.carebridge.core.value.Money;
import org.carebridge.funding.disbursement.entity.Fund;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Applications for support in the bound district. Submitting moves the child to APPLYING (help first:
 * straight to SUPPORTED); approval or confirmation leaves it SUPPORTED; a rejection sends it back to
 * DISCOVERED, or, after help was given, out of the register with the fallback payer recorded.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.CASEWORKER, Roles.APPROVER, Roles.AUDITOR})
public class Applications {

    @Inject
    HelpFirstRecharge recharge;

    @Inject
    TenantData data;

    @Inject
    AuditTrail audit;

    @Inject
    Settings settings;

    @Inject
    ChildLookup lookup;

    /** A page of applications, optionally by status or only overdue help-first cases, newest first. */
    public Page<ApplicationView> page(ApplicationStatus status, boolean overdueOnly, int offset, int limit) {
        EntityManager em = data.tenant();
        LocalDate today = LocalDates.today();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (status != null) {
            where.append(" and a.status = :status");
        }
        if (overdueOnly) {
            where.append(" and a.status = :supporting and a.confirmationDeadline < :today");
        }
        var count = em.createQuery("select count(a) from Application a" + where, Long.class);
        var rows = em.createQuery("select a from Application a" + where + " order by a.id desc", Application.class);
        for (var q : List.of(count, rows)) {
            if (status != null) {
                q.setParameter("status", status);
            }
            if (overdueOnly) {
                q.setParameter("supporting", ApplicationStatus.SUPPORTING).setParameter("today", today);
            }
        }
        List<Application> items = rows.setFirstResult(offset).setMaxResults(limit).getResultList();
        Map<Long, String> names = lookup.names(items.stream().map(Application::getChildId).toList());
        return new Page<>(items, count.getSingleResult(), offset, limit)
                .map(a -> ApplicationView.of(a, names.get(a.getChildId()), today));
    }

    public ApplicationView find(long id) {
        return view(load(id));
    }

    /** Help-first cases past their confirmation deadline (for the district dashboard). */
    public long overdueCount() {
        return data.tenant().createQuery("select count(a) from Application a where a.status = :s"
                        + " and a.confirmationDeadline < :today", Long.class)
                .setParameter("s", ApplicationStatus.SUPPORTING).setParameter("today", LocalDates.today())
                .getSingleResult();
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.CASEWORKER})
    public ApplicationView submit(long childId, Track track, String reason) {
        EntityManager em = data.tenant();
        Child child = lookup.require(childId);
        boolean open = !em.createQuery("select a.id from Application a where a.childId = :c and a.status in :open",
                        Long.class).setParameter("c", childId)
                .setParameter("open", List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.STREET_CHECKED,
                        ApplicationStatus.SUPPORTING)).getResultList().isEmpty();
        if (open) {
            throw new ConflictException("application.alreadyOpen");
        }
        if (child.getStatus() == ChildStatus.SUPPORTED) {
            throw new ConflictException("application.alreadySupported");
        }
        Application a = new Application(childId, track, reason, CallContext.actor(), settings.confirmationDays());
        child.moveTo(ChildStatus.APPLYING, null);
        if (track == Track.HELP_FIRST) {
            child.moveTo(ChildStatus.SUPPORTED, null);
        }
        em.persist(a);
        em.flush();
        audit.record("APPLICATION_SUBMITTED", "Application", a.getId(), a.getReference() + " " + track);
        audit.record("CHILD_STATUS", "Child", childId, child.getStatus().name());
        return view(a);
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.CASEWORKER, Roles.APPROVER})
    public ApplicationView streetCheck(long id, boolean passed, String note) {
        Application a = load(id);
        a.streetCheck(CallContext.actor(), passed, note);
        if (!passed) {
            lookup.require(a.getChildId()).moveTo(ChildStatus.DISCOVERED, null);
        }
        audit.record(passed ? "APPLICATION_STREET_PASSED" : "APPLICATION_STREET_REJECTED", "Application", id, note);
        return view(a);
    }

    @RolesAllowed(Roles.APPROVER)
    public ApplicationView decide(long id, boolean approve, String note) {
        Application a = load(id);
        a.decide(CallContext.actor(), approve, note);
        lookup.require(a.getChildId()).moveTo(approve ? ChildStatus.SUPPORTED : ChildStatus.DISCOVERED, null);
        audit.record(approve ? "APPLICATION_APPROVED" : "APPLICATION_REJECTED", "Application", id, note);
        return view(a);
    }

    @RolesAllowed(Roles.APPROVER)
    public ApplicationView confirm(long id, String note) {
        Application a = load(id);
        a.confirm(CallContext.actor(), note);
        audit.record("APPLICATION_CONFIRMED", "Application", id, note);
        return view(a);
    }

    @RolesAllowed(Roles.APPROVER)
    public ApplicationView rejectAfterHelp(long id, String note, String fallbackPayer) {
        return rejectAfterHelp(id, note, fallbackPayer, null);
    }

    /**
     * Rejects a help-first case after help was given. What the statutory schemes paid the child since
     * help began is re-charged to the fallback fund named (required when anything was paid; its name
     * is the fallback payer when none is typed) — never recovered from the family.
     */
    @RolesAllowed(Roles.APPROVER)
    public ApplicationView rejectAfterHelp(long id, String note, String fallbackPayer, Long fallbackFundId) {
        Application a = load(id);
        String payer = fallbackPayer;
        if (fallbackFundId != null && (payer == null || payer.isBlank())) {
            Fund fund = data.tenant().find(Fund.class, fallbackFundId);
            if (fund == null) {
                throw new NotFoundException("fund.notFound");
            }
            payer = fund.getName();
        }
        a.rejectAfterHelp(CallContext.actor(), note, payer);
        Money recharged = recharge.recharge(a.getChildId(), YearMonth.from(a.getSubmittedAt().atZone(LocalDates.CHINA)),
                fallbackFundId, a.getReference());
        lookup.require(a.getChildId()).moveTo(ChildStatus.EXITED, "先救助后确认未通过：" + a.getDecisionNote());
        audit.record("APPLICATION_REJECTED_AFTER_HELP", "Application", id, "paid by " + a.getFallbackPayer()
                + (recharged.isPositive() ? "; re-charged " + recharged.amount().toPlainString() : ""));
        return view(a);
    }

    private ApplicationView view(Application a) {
        return ApplicationView.of(a, lookup.require(a.getChildId()).getName().value(), LocalDates.today());
    }

    private Application load(long id) {
        Application a = data.tenant().find(Application.class, id);
        if (a == null) {
            throw new NotFoundException("application.notFound");
        }
        return a;
    }
}
