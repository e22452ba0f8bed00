package org.carebridge.web.faces;

import jakarta.servlet.ServletException;

/** Finds an exception of a type among the causes of what a page request threw. */
final class Causes {

    private Causes() {
    }

    static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable e = t; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (type.isInstance(e)) {
                return type.cast(e);
            }
            if (e instanceof ServletException s && s.getRootCause() != null && s.getRootCause() != e.getCause()) {
                T inRoot = find(s.getRootCause(), type);
                if (inRoot != null) {
                    return inRoot;
                }
            }
        }
        return null;
    }

    static boolean any(Throwable t, Class<?>... types) {
        for (Class<?> type : types) {
            if (find(t, type.asSubclass(Throwable.class)) != null) {
                return true;
            }
        }
        return false;
    }
}
