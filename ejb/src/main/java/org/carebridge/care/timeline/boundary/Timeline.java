package org.carebridge.care.timeline.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import org.carebridge.care.child.control.ChildLookup;
import org.carebridge.core.account.entity.Roles;
import org.carebridge.core.persistence.CallContext;
import org.carebridge.core.persistence.Page;
import org.carebridge.core.persistence.TenantData;
import org.eclipse.persistence.config.QueryHints;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.time.ZoneId;

/**
 * A child's timeline, newest first, paged in SQL: one {@code UNION ALL} over the tables that hold the
 * child's history (referrals: those the district sent). Native SQL gets no tenant filter from EclipseLink, so every branch names the bound
 * tenant itself; the child is first looked up through the filtered EntityManager (another district's
 * child is a 404 before any SQL here runs).
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.CASEWORKER, Roles.APPROVER, Roles.AUDITOR})
public class Timeline {

    private static final String UNION = """
            select 'APPLICATION_SUBMITTED' as kind, id, submitted_at as happened, status as code, reason as summary,
                   submitted_by as actor from cb_application where tenant_id = ?1 and child_id = ?2
            union all
            select 'APPLICATION_CHECKED', id, checked_at, status, check_note, checked_by
                   from cb_application where tenant_id = ?1 and child_id = ?2 and checked_at is not null
            union all
            select 'APPLICATION_DECIDED', id, decided_at, status, decision_note, decided_by
                   from cb_application where tenant_id = ?1 and child_id = ?2 and decided_at is not null
            union all
            select 'ASSESSMENT', id, assessed_at, risk, recommendations, assessed_by
                   from cb_assessment where tenant_id = ?1 and child_id = ?2
            union all
            select 'VISIT', id, cast(coalesce(visited_on, planned_on) as datetime), status,
                   coalesce(findings, cancel_reason), coalesce(recorded_by, planned_by)
                   from cb_visit where tenant_id = ?1 and child_id = ?2
            union all
            select 'ACTION', id, coalesce(done_at, cast(due_on as datetime)), status, description, owner
                   from cb_follow_up_action where tenant_id = ?1 and child_id = ?2
            union all
            select 'CASE_PLAN', id, created_at, 'REVISION', goals, created_by
                   from cb_case_plan where tenant_id = ?1 and child_id = ?2
            union all
            select 'SERVICE', id, cast(delivered_on as datetime), service_type, outcome, recorded_by
                   from cb_service_record where tenant_id = ?1 and child_id = ?2 and void_reason is null
            union all
            select 'REFERRAL', id, sent_at, status, reason, sent_by
                   from cb_referral where from_tenant_id = ?1 and child_id = ?2
            """;

    @Inject
    TenantData data;

    @Inject
    ChildLookup lookup;

    public Page<TimelineEntry> of(long childId, int offset, int limit) {
        lookup.require(childId);
        long tenant = CallContext.requireTenant();
        Query count = data.tenant().createNativeQuery("select count(*) from (" + UNION + ") t");
        Query rows = data.tenant().createNativeQuery("select kind, id, happened, code, summary, actor from (" + UNION
                + ") t order by happened desc, kind, id desc limit ?3 offset ?4");
        for (Query q : List.of(count, rows)) {
            // EclipseLink refuses native SQL in a multitenant unit unless a query opts in; this one
            // names the tenant in every branch itself.
            q.setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
            q.setParameter(1, tenant).setParameter(2, childId);
        }
        rows.setParameter(3, limit).setParameter(4, offset);
        long total = ((Number) count.getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> result = rows.getResultList();
        return new Page<>(result.stream().map(Timeline::entry).toList(), total, offset, limit);
    }

    private static final Set<String> DAY_KINDS = Set.of("VISIT", "SERVICE");

    private static TimelineEntry entry(Object[] r) {
        String kind = (String) r[0];
        LocalDateTime local = local(r[2]);
        return new TimelineEntry(local == null ? null : local.atZone(ZoneId.systemDefault()).toInstant(),
                local == null ? null : local.toLocalDate(), DAY_KINDS.contains(kind), kind,
                ((Number) r[1]).longValue(), (String) r[3], r[4] == null ? null : r[4].toString(), (String) r[5]);
    }

    /** Timestamps are stored in the server's zone (see {@code InstantConverter}); days as midnight. */
    private static LocalDateTime local(Object value) {
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime();
        }
        if (value instanceof LocalDateTime l) {
            return l;
        }
        if (value instanceof LocalDate d) {
            return d.atStartOfDay();
        }
        if (value instanceof java.util.Date d) {
            return new Timestamp(d.getTime()).toLocalDateTime();
        }
        return null;
    }
}
