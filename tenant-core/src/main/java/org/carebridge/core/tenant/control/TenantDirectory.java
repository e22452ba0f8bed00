package org.carebridge.core.tenant.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.core.tenant.entity.Tenant;
import org.carebridge.core.tenant.entity.TenantKind;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** Names, codes and kinds of tenants, for the features whose rows name other tenants (referrals, tenders). */
@ApplicationScoped
public class TenantDirectory {

    @Inject
    TenantData data;

    public Tenant get(long id) {
        return data.shared().find(Tenant.class, id);
    }

    public String name(long id) {
        return get(id).getNameZh();
    }

    public TenantKind kind(long id) {
        return get(id).getKind();
    }

    /** The active tenant with this code (case-insensitive) and one of these kinds, if any. */
    public java.util.Optional<Tenant> activeByCode(String code, Collection<TenantKind> kinds) {
        if (code == null || code.isBlank()) {
            return java.util.Optional.empty();
        }
        return data.shared().createQuery("select t from Tenant t where t.code = :c", Tenant.class)
                .setParameter("c", code.strip().toLowerCase(java.util.Locale.ROOT)).getResultStream()
                .filter(t -> t.isActive() && kinds.contains(t.getKind())).findFirst();
    }

    /** Chinese names by id for a page of rows, in one query. */
    public Map<Long, String> names(Collection<Long> ids) {
        return byIds(ids).values().stream().collect(Collectors.toMap(Tenant::getId, Tenant::getNameZh));
    }

    /** The tenants by id for a page of rows, in one query. */
    public Map<Long, Tenant> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return data.shared().createQuery("select t from Tenant t where t.id in :ids", Tenant.class)
                .setParameter("ids", ids.stream().distinct().toList()).getResultList().stream()
                .collect(Collectors.toMap(Tenant::getId, t -> t));
    }
}
