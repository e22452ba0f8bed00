package org.carebridge.care.figures.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import org.carebridge.core.account.entity.Roles;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.core.value.LocalDates;
import org.eclipse.persistence.config.QueryHints;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The city bureau's view across districts: aggregate counts per district computed in SQL (GROUP BY),
 * so no row about a child ever leaves the database. These are the only cross-tenant reads of case
 * tables; they are native queries with EclipseLink's explicit opt-in and return numbers only.
 */
@Stateless
@RolesAllowed(Roles.CITY_VIEWER)
public class CityFigures {

    @Inject
    TenantData data;

    public List<DistrictFigures> perDistrict() {
        Map<Long, long[]> counts = new LinkedHashMap<>();
        Map<Long, String[]> names = new LinkedHashMap<>();
        for (Object[] r : rows("select id, code, name_zh from cb_tenant where kind = 'DISTRICT' order by code")) {
            long id = ((Number) r[0]).longValue();
            names.put(id, new String[]{(String) r[1], (String) r[2]});
            counts.put(id, new long[6]);
        }
        for (Object[] r : rows("select tenant_id, status, count(*) from cb_child group by tenant_id, status")) {
            long[] c = counts.get(((Number) r[0]).longValue());
            if (c != null) {
                int slot = switch ((String) r[1]) {
                    case "DISCOVERED" -> 0;
                    case "APPLYING" -> 1;
                    case "SUPPORTED" -> 2;
                    default -> 3;
                };
                c[slot] += ((Number) r[2]).longValue();
            }
        }
        YearMonth month = YearMonth.from(LocalDates.today());
        LocalDate today = LocalDates.today();
        Query done = native_("select tenant_id, count(*) from cb_visit where status = 'DONE' and visited_on >= ?1"
                + " and visited_on <= ?2 group by tenant_id").setParameter(1, month.atDay(1))
                .setParameter(2, month.atEndOfMonth());
        add(counts, done, 4);
        Query overdue = native_("select tenant_id, count(*) from cb_visit where status = 'PLANNED' and planned_on < ?1"
                + " group by tenant_id").setParameter(1, today);
        add(counts, overdue, 5);
        return counts.entrySet().stream().map(e -> {
            String[] n = names.get(e.getKey());
            long[] c = e.getValue();
            return new DistrictFigures(n[0], n[1], c[0], c[1], c[2], c[3], c[4], c[5], e.getKey());
        }).toList();
    }

    @SuppressWarnings("unchecked")
    private static void add(Map<Long, long[]> counts, Query q, int slot) {
        for (Object[] r : (List<Object[]>) q.getResultList()) {
            long[] c = counts.get(((Number) r[0]).longValue());
            if (c != null) {
                c[slot] = ((Number) r[1]).longValue();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return native_(sql).getResultList();
    }

    private Query native_(String sql) {
        return data.shared().createNativeQuery(sql).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
    }
}
