package org.carebridge.care.child.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.carebridge.care.child.entity.Child;
import org.carebridge.core.error.NotFoundException;
import org.carebridge.core.persistence.TenantData;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** Finding children of the bound district for the features that refer to them by id. */
@ApplicationScoped
public class ChildLookup {

    @Inject
    TenantData data;

    /** The child, or {@code child.notFound} (404) — also for another district's id. */
    public Child require(long id) {
        Child c = data.tenant().find(Child.class, id);
        if (c == null) {
            throw new NotFoundException("child.notFound");
        }
        return c;
    }

    /** The children of a page of rows by id, in one query. */
    public Map<Long, Child> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return data.tenant().createQuery("select c from Child c where c.id in :ids", Child.class)
                .setParameter("ids", ids.stream().distinct().toList()).getResultList().stream()
                .collect(Collectors.toMap(Child::getId, c -> c, (x, y) -> x));
    }

    /** Names by id for a page of rows, in one query. */
    public Map<Long, String> names(Collection<Long> ids) {
        return byIds(ids).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getName().value()));
    }

    public String name(long id) {
        return require(id).getName().value();
    }
}
