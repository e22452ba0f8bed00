package org.carebridge.core.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.Map;

/** One page of entities from a JPQL {@code from … where …} with named parameters: count and rows, both in SQL. */
public final class PagedQuery {

    private PagedQuery() {
    }

    /**
     * Runs {@code select count(alias) fromWhere} and {@code select alias fromWhere order by orderBy}
     * with the same parameters, the second with OFFSET/LIMIT.
     */
    public static <E> Page<E> page(EntityManager em, Class<E> type, String alias, String fromWhere,
                                   Map<String, ?> params, String orderBy, int offset, int limit) {
        TypedQuery<Long> count = em.createQuery("select count(" + alias + ") " + fromWhere, Long.class);
        TypedQuery<E> rows = em.createQuery("select " + alias + " " + fromWhere + " order by " + orderBy, type);
        params.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        return new Page<>(rows.setFirstResult(offset).setMaxResults(limit).getResultList(), count.getSingleResult(),
                offset, limit);
    }
}
