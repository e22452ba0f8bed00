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

    /** Names by id for a page of rows, in one query. */
    public Map<Long, String> names(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return data.tenant().createQuery("select c from Child c where c.id in :ids", Child.class)
                .setParameter("ids", ids.stream().distinct().toList()).getResultList().stream()
                .collect(Collectors.toMap(Child::getId, c -> c.getName().value(), (x, y) -> x));
    }

    public String name(long id) {
        return require(id).getName().value();
    }
}
