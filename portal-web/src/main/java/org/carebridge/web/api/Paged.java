package org.carebridge.web.api;

import org.carebridge.core.persistence.Page;

import java.util.List;

/** A page of results as the API returns it. */
public record Paged<T>(List<T> items, long total, int offset, int limit) {
    public static <T> Paged<T> of(Page<T> p) {
        return new Paged<>(p.items(), p.total(), p.offset(), p.limit());
    }
}
