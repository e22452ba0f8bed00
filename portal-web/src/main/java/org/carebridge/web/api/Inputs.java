package org.carebridge.web.api;

import org.carebridge.core.account.entity.Role;
import org.carebridge.core.error.ValidationException;

import java.util.EnumSet;
import java.util.Set;

/** Small checks of request bodies before they reach a boundary. */
final class Inputs {

    private Inputs() {
    }

    static <T> T required(T body) {
        if (body == null) {
            throw new ValidationException("error.badRequest");
        }
        return body;
    }

    /** An optional enum query parameter; an unknown name is a 400 with the given key. */
    static <E extends Enum<E>> E optionalEnum(Class<E> type, String name, String unknownKey) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.strip());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(unknownKey, name);
        }
    }

    static Set<Role> roles(Set<String> names) {
        if (names == null || names.isEmpty()) {
            throw new ValidationException("membership.roles.required");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String n : names) {
            try {
                roles.add(Role.valueOf(n));
            } catch (IllegalArgumentException e) {
                throw new ValidationException("membership.roles.unknown", n);
            }
        }
        return roles;
    }

    /** At most {@code max} bytes of a request body; one more is {@code tooLargeKey} (in MB), without reading on. */
    static byte[] bytes(java.io.InputStream in, int max, String tooLargeKey) {
        try (in) {
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) {
                throw new ValidationException(tooLargeKey, max / 1024 / 1024);
            }
            return bytes;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
