package org.carebridge.care.enrolment.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.carebridge.care.child.entity.ChildCategory;
import org.carebridge.care.enrolment.entity.Enrolment;
import org.carebridge.care.enrolment.entity.EnrolmentStatus;
import org.carebridge.core.persistence.CallContext;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.funding.project.control.Breakdown;
import org.carebridge.funding.project.control.Delivered;
import org.carebridge.funding.project.control.DeliveryMeasure;
import org.carebridge.funding.project.entity.ServiceProject;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts a project's delivery from the service records in its district's register, in a transaction
 * of its own bound to that district (records are tenant-private; the caller may be the provider or a
 * co-funder, who only learns the counts).
 */
@Stateless
public class ProjectDelivery implements DeliveryMeasure {

    /** Age bands of the breakdown: pre-school, primary, lower secondary, upper secondary. */
    static final int[][] AGE_BANDS = {{0, 5}, {6, 11}, {12, 14}, {15, 17}};

    @Inject
    TenantData data;

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Delivered measure(ServiceProject project) {
        return count(project, null);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Delivered measureUntil(ServiceProject project, LocalDate to) {
        return count(project, to);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Breakdown> breakdown(ServiceProject project, LocalDate from, LocalDate to) {
        Map<Long, Long> sessions = new HashMap<>();
        try (CallContext.Scope ignored = CallContext.open(project.getDistrictTenantId(), CallContext.actor(),
                CallContext.sourceIp())) {
            for (Object[] row : data.tenant().createQuery("select r.childId, count(r) from ServiceRecord r"
                            + " where r.projectId = :p and r.voidReason is null and r.deliveredOn between :f and :t"
                            + " group by r.childId", Object[].class).setParameter("p", project.getId())
                    .setParameter("f", from).setParameter("t", to).getResultList()) {
                sessions.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
            }
        }
        if (sessions.isEmpty()) {
            return List.of();
        }
        Map<Long, Enrolment> enrolled = new HashMap<>();
        for (Enrolment e : data.shared().createQuery("select e from Enrolment e where e.projectId = :p"
                + " and e.childId in :c order by e.id", Enrolment.class).setParameter("p", project.getId())
                .setParameter("c", List.copyOf(sessions.keySet())).getResultList()) {
            enrolled.putIfAbsent(e.getChildId(), e);
        }
        return breakdown(sessions, enrolled, to);
    }

    /** The rows for children's sessions, grouped by each dimension in a stable order. */
    public static List<Breakdown> breakdown(Map<Long, Long> sessions, Map<Long, Enrolment> enrolled, LocalDate at) {
        Map<String, long[]> byCategory = new TreeMap<>();
        Map<String, long[]> bySex = new TreeMap<>();
        Map<String, long[]> byAge = new TreeMap<>();
        sessions.forEach((child, n) -> {
            Enrolment e = enrolled.get(child);
            if (e == null) {
                return;
            }
            Enrolment.Grant g = e.getGrant();
            for (ChildCategory c : ChildCategory.decode(g.categories())) {
                add(byCategory, c.name(), n);
            }
            add(bySex, g.sex(), n);
            add(byAge, ageBand(YearMonth.parse(g.birthMonth()), at), n);
        });
        List<Breakdown> rows = new ArrayList<>();
        byCategory.forEach((k, v) -> rows.add(new Breakdown(Breakdown.CATEGORY, k, v[0], v[1])));
        bySex.forEach((k, v) -> rows.add(new Breakdown(Breakdown.SEX, k, v[0], v[1])));
        byAge.forEach((k, v) -> rows.add(new Breakdown(Breakdown.AGE_BAND, k, v[0], v[1])));
        return rows;
    }

    static String ageBand(YearMonth birth, LocalDate at) {
        long age = birth.until(YearMonth.from(at), ChronoUnit.YEARS);
        for (int[] band : AGE_BANDS) {
            if (age >= band[0] && age <= band[1]) {
                return String.format("%02d-%02d", band[0], band[1]);
            }
        }
        return age < 0 ? "00-05" : "18+";
    }

    private static void add(Map<String, long[]> map, String key, long sessions) {
        long[] v = map.computeIfAbsent(key, k -> new long[2]);
        v[0]++;
        v[1] += sessions;
    }

    private Delivered count(ServiceProject project, LocalDate to) {
        long enrolled = data.shared().createQuery("select count(e) from Enrolment e where e.projectId = :p"
                        + " and e.status = :s", Long.class).setParameter("p", project.getId())
                .setParameter("s", EnrolmentStatus.ENROLLED).getSingleResult();
        try (CallContext.Scope ignored = CallContext.open(project.getDistrictTenantId(), CallContext.actor(),
                CallContext.sourceIp())) {
            jakarta.persistence.TypedQuery<Object[]> q = data.tenant().createQuery("select count(r),"
                    + " count(distinct r.childId), sum(r.durationMinutes) from ServiceRecord r where r.projectId = :p"
                    + " and r.voidReason is null" + (to == null ? "" : " and r.deliveredOn <= :to"), Object[].class)
                    .setParameter("p", project.getId());
            if (to != null) {
                q.setParameter("to", to);
            }
            Object[] row = q.getSingleResult();
            return new Delivered(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                    row[2] == null ? 0 : ((Number) row[2]).longValue(), enrolled);
        }
    }
}
