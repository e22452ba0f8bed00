package org.carebridge.care.visit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.carebridge.care.child.control.CaseAccess;
import org.carebridge.care.child.control.ChildLookup;
import org.carebridge.care.child.entity.Child;
import org.carebridge.care.child.entity.ChildStatus;
import org.carebridge.care.child.entity.Need;
import org.carebridge.care.visit.entity.ActionStatus;
import org.carebridge.care.visit.entity.FollowUpAction;
import org.carebridge.care.visit.entity.Visit;
import org.carebridge.care.visit.entity.VisitStatus;
import org.carebridge.core.account.control.TenantMembers;
import org.carebridge.core.account.entity.Roles;
import org.carebridge.core.audit.boundary.AuditTrail;
import org.carebridge.core.error.AccessDeniedException;
import org.carebridge.core.error.ConflictException;
import org.carebridge.core.error.NotFoundException;
import org.carebridge.core.persistence.CallContext;
import org.carebridge.core.persistence.Page;
import org.carebridge.core.persistence.PagedQuery;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.core.value.LocalDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Visits in the bound district. Caseworkers and administrators plan visits and may act on any;
 * a volunteer sees and records only the visits whose team they are on, and closes the actions they
 * own. Planned visits and open actions past their day are overdue and counted for the dashboard.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.CASEWORKER, Roles.APPROVER, Roles.AUDITOR, Roles.VOLUNTEER})
public class Visits {

    /** Which visits a list shows. */
    /**
     * What a visit list shows; {@code from}/{@code to} (inclusive, either may be null) bound the visit's
     * date — the day it was made when it was, else the day it is planned for.
     */
    public record Filter(VisitStatus status, Long childId, boolean overdueOnly, boolean mineOnly, LocalDate from,
                         LocalDate to) {
        public static final Filter ALL = new Filter(null, null, false, false);

        public Filter(VisitStatus status, Long childId, boolean overdueOnly, boolean mineOnly) {
            this(status, childId, overdueOnly, mineOnly, null, null);
        }
    }

    @Inject
    TenantData data;

    @Inject
    AuditTrail audit;

    @Inject
    TenantMembers members;

    @Inject
    ChildLookup lookup;

    @Inject
    CaseAccess access;

    public Page<VisitView> page(Filter f, int offset, int limit) {
        EntityManager em = data.tenant();
        LocalDate today = LocalDates.today();
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (f.status() != null) {
            where.append(" and v.status = :status");
            params.put("status", f.status());
        }
        if (f.childId() != null) {
            where.append(" and v.childId = :child");
            params.put("child", f.childId());
        }
        if (f.overdueOnly()) {
            where.append(" and v.status = :planned and v.plannedOn < :today");
            params.put("planned", VisitStatus.PLANNED);
            params.put("today", today);
        }
        if (f.from() != null) {
            where.append(" and coalesce(v.visitedOn, v.plannedOn) >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            where.append(" and coalesce(v.visitedOn, v.plannedOn) <= :to");
            params.put("to", f.to());
        }
        if (f.mineOnly() || !access.readsAll()) {
            where.append(" and (v.socialWorker = :me or v.childDirector = :me or v.volunteer = :me)");
            params.put("me", CallContext.actor());
        }
        Page<Visit> page = PagedQuery.page(em, Visit.class, "v", "from Visit v" + where, params,
                "v.plannedOn desc, v.id desc", offset, limit);
        Map<Long, String> names = lookup.names(page.items().stream().map(Visit::getChildId).toList());
        return page.map(v -> VisitView.of(v, names.get(v.getChildId()), today, null));
    }

    /** One visit with its follow-up actions. */
    public VisitView find(long id) {
        return view(load(id));
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.CASEWORKER})
    public VisitView plan(long childId, String plannedOn, String socialWorker, String childDirector,
                          String volunteer) {
        Child child = lookup.require(childId);
        if (child.getStatus() == ChildStatus.EXITED) {
            throw new ConflictException("visit.child.exited");
        }
        Visit v = new Visit(childId, LocalDates.parse(plannedOn, "visit.plannedOn.range"),
                members.requireActive(socialWorker, "visit.team.notMember"),
                members.requireActive(childDirector, "visit.team.notMember"),
                volunteer == null || volunteer.isBlank() ? null : members.requireActive(volunteer, "visit.team.notMember"),
                CallContext.actor(), LocalDates.today());
        EntityManager em = data.tenant();
        em.persist(v);
        em.flush();
        audit.record("VISIT_PLANNED", "Child", childId, "visit " + v.getId() + " on " + v.getPlannedOn());
        return view(v);
    }

    public VisitView record(long id, String visitedOn, String findings, Set<Need> needs) {
        Visit v = load(id);
        requireTeamOrCaseworker(v);
        v.record(LocalDates.parse(visitedOn, "visit.visitedOn.range"), findings, needs, CallContext.actor(),
                LocalDates.today());
        audit.record("VISIT_RECORDED", "Child", v.getChildId(), "visit " + id + " needs " + v.getNeeds());
        return view(v);
    }

    public VisitView cancel(long id, String reason) {
        Visit v = load(id);
        requireTeamOrCaseworker(v);
        v.cancel(reason, CallContext.actor());
        audit.record("VISIT_CANCELLED", "Child", v.getChildId(), "visit " + id + ": " + v.getCancelReason());
        return view(v);
    }

    public ActionView addAction(long visitId, Need need, String description, String owner, String dueOn) {
        Visit v = load(visitId);
        requireTeamOrCaseworker(v);
        FollowUpAction a = new FollowUpAction(v, need, description, members.requireActive(owner, "visit.action.owner.notMember"),
                LocalDates.parse(dueOn, "visit.action.dueOn.range"), CallContext.actor(), LocalDates.today());
        EntityManager em = data.tenant();
        em.persist(a);
        em.flush();
        audit.record("VISIT_ACTION_CREATED", "Child", v.getChildId(), "action " + a.getId() + " " + a.getNeed()
                + " → " + a.getOwner() + " by " + a.getDueOn());
        return ActionView.of(a, lookup.names(List.of(a.getChildId())).get(a.getChildId()), LocalDates.today());
    }

    /** The owner, a caseworker or an administrator closes an action. */
    public ActionView completeAction(long actionId, String note) {
        FollowUpAction a = data.tenant().find(FollowUpAction.class, actionId);
        if (a == null || !access.readsAll() && !a.getOwner().equals(CallContext.actor())
                && !load(a.getVisitId()).isOnTeam(CallContext.actor())) {
            throw new NotFoundException("visit.action.notFound");
        }
        if (!a.getOwner().equals(CallContext.actor()) && !access.actsOnAll()) {
            throw new AccessDeniedException("visit.action.notOwner");
        }
        a.complete(note, CallContext.actor());
        audit.record("VISIT_ACTION_DONE", "Child", a.getChildId(), "action " + actionId);
        return ActionView.of(a, lookup.names(List.of(a.getChildId())).get(a.getChildId()), LocalDates.today());
    }

    /** Follow-up actions, open ones first by due date; optionally only overdue or only the caller's own. */
    public Page<ActionView> actions(ActionStatus status, boolean overdueOnly, boolean mineOnly, int offset,
                                    int limit) {
        EntityManager em = data.tenant();
        LocalDate today = LocalDates.today();
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (status != null) {
            where.append(" and a.status = :status");
            params.put("status", status);
        }
        if (overdueOnly) {
            where.append(" and a.status = :open and a.dueOn < :today");
            params.put("open", ActionStatus.OPEN);
            params.put("today", today);
        }
        if (mineOnly || !access.readsAll()) {
            where.append(" and a.owner = :me");
            params.put("me", CallContext.actor());
        }
        Page<FollowUpAction> page = PagedQuery.page(em, FollowUpAction.class, "a", "from FollowUpAction a" + where,
                params, "a.status desc, a.dueOn, a.id", offset, limit);
        Map<Long, String> names = lookup.names(page.items().stream().map(FollowUpAction::getChildId).toList());
        return page.map(a -> ActionView.of(a, names.get(a.getChildId()), today));
    }

    /** Planned visits whose day has passed (the caller's own, for a volunteer). */
    public long overdueVisitCount() {
        return page(new Filter(null, null, true, false), 0, 1).total();
    }

    /** Open actions past their due date (the caller's own, for a volunteer). */
    public long overdueActionCount() {
        return actions(null, true, false, 0, 1).total();
    }

    private VisitView view(Visit v) {
        LocalDate today = LocalDates.today();
        String name = lookup.names(List.of(v.getChildId())).get(v.getChildId());
        List<ActionView> actions = new ArrayList<>();
        data.tenant().createQuery("select a from FollowUpAction a where a.visitId = :v order by a.id",
                        FollowUpAction.class).setParameter("v", v.getId()).getResultList()
                .forEach(a -> actions.add(ActionView.of(a, name, today)));
        return VisitView.of(v, name, today, actions);
    }

    private void requireTeamOrCaseworker(Visit v) {
        if (!access.actsOnAll() && !v.isOnTeam(CallContext.actor())) {
            throw new AccessDeniedException("visit.notOnTeam");
        }
    }

    private Visit load(long id) {
        Visit v = data.tenant().find(Visit.class, id);
        if (v == null || !access.readsAll() && !v.isOnTeam(CallContext.actor())) {
            throw new NotFoundException("visit.notFound");
        }
        return v;
    }
}
