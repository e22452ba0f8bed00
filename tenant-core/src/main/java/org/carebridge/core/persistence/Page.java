package org.carebridge.core.persistence;

import java.util.List;
import java.util.function.Function;

/** One page of a list, read with OFFSET/LIMIT in SQL, and the total the pager needs. */
public record Page<T>(List<T> items, long total, int offset, int limit) {

    public static final int MAX_LIMIT = 200;

    public Page {
        items = List.copyOf(items);
    }

    /** Clamps a caller's paging request to sane bounds. */
    public static int limit(Integer requested) {
        if (requested == null || requested <= 0) {
            return 20;
        }
        return Math.min(requested, MAX_LIMIT);
    }

    public static int offset(Integer requested) {
        return requested == null || requested < 0 ? 0 : requested;
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, offset, limit);
    }
}
