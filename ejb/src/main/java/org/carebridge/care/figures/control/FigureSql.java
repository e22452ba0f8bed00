package org.carebridge.care.figures.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import org.carebridge.core.error.NotFoundException;
import org.carebridge.core.persistence.CallContext;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.core.tenant.control.TenantDirectory;
import org.carebridge.core.tenant.entity.TenantKind;
import org.eclipse.persistence.config.QueryHints;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The figures' scope and their SQL. The scope is the list of tenants whose rows make the figures — the
 * caller's own, or for the city bureau its districts (one, if picked) — derived from the caller's
 * tenant, never from the request, and written into the SQL as numbers. The queries are native
 * aggregates over the shared EntityManager (EclipseLink's explicit opt-in), returning numbers only.
 */
@ApplicationScoped
public class FigureSql {

    @Inject
    TenantData data;

    @Inject
    TenantDirectory directory;

    public TenantKind kind() {
        return directory.kind(CallContext.requireTenant());
    }

    /** Every district (a suspended one keeps its history): id, code, Chinese and English name. */
    public List<Object[]> districts() {
        return rows("select id, code, name_zh, name_en from cb_tenant where kind = 'DISTRICT'"
                + " order by code");
    }

    /** The scope's tenant ids; a district the caller may not see is "not found". */
    public List<Long> scope(TenantKind kind, Long district) {
        long tenant = CallContext.requireTenant();
        if (kind == TenantKind.CITY_BUREAU) {
            List<Long> all = districts().stream().map(r -> ((Number) r[0]).longValue()).toList();
            if (district == null) {
                return all.isEmpty() ? List.of(-1L) : all;
            }
            if (!all.contains(district)) {
                throw new NotFoundException("figures.district.notFound");
            }
            return List.of(district);
        }
        if (district != null && district != tenant) {
            throw new NotFoundException("figures.district.notFound");
        }
        return List.of(tenant);
    }

    public static String in(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
    }

    public Map<Long, Long> counts(String sql, Object... params) {
        return rows(sql, params).stream().collect(Collectors.toMap(r -> ((Number) r[0]).longValue(),
                r -> ((Number) r[1]).longValue(), Long::sum));
    }

    public Map<Long, BigDecimal> sums(String sql, Object... params) {
        Map<Long, BigDecimal> out = new LinkedHashMap<>();
        for (Object[] r : rows(sql, params)) {
            if (r[0] != null) {
                out.merge(((Number) r[0]).longValue(), money(r[1]), BigDecimal::add);
            }
        }
        return out;
    }

    public long count(String sql, Object... params) {
        return ((Number) query(sql, params).getSingleResult()).longValue();
    }

    public BigDecimal sum(String sql, Object... params) {
        return money(query(sql, params).getSingleResult());
    }

    @SuppressWarnings("unchecked")
    public List<Object[]> rows(String sql, Object... params) {
        List<Object> raw = query(sql, params).getResultList();
        return raw.stream().map(o -> o instanceof Object[] a ? a : new Object[]{o}).toList();
    }

    public Query query(String sql, Object... params) {
        Query q = data.shared().createNativeQuery(sql).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return q;
    }

    public static BigDecimal money(Object value) {
        if (value == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal b = value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
        return b.setScale(2, RoundingMode.UNNECESSARY);
    }
}
