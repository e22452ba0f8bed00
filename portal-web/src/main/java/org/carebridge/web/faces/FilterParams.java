package org.carebridge.web.faces;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads a list page's filter from its URL ({@code f:viewParam}s, e.g. a dashboard's drill-down link).
 * A value that is not valid — an unknown status, a malformed date — is ignored with a translated
 * warning naming the parameter, never an error page: the list then shows unfiltered on that point.
 */
public final class FilterParams {

    private static final int SHOWN = 40;

    private FilterParams() {
    }

    public static <E extends Enum<E>> E enumOf(Class<E> type, String value, String param) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return invalid(param, value);
        }
    }

    /** {@code yyyy-MM-dd}. */
    public static LocalDate date(String value, String param) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return invalid(param, value);
        }
    }

    /** {@code true} or {@code false}; anything else is ignored (false). */
    public static boolean flag(String value, String param) {
        if (blank(value)) {
            return false;
        }
        String v = value.strip();
        if ("true".equalsIgnoreCase(v) || "false".equalsIgnoreCase(v)) {
            return Boolean.parseBoolean(v);
        }
        invalid(param, value);
        return false;
    }

    /** A positive record id. */
    public static Long id(String value, String param) {
        if (blank(value)) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            return id > 0 ? id : invalid(param, value);
        } catch (NumberFormatException e) {
            return invalid(param, value);
        }
    }

    /** Warns that a date range is reversed; true when it is fine. */
    public static boolean range(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            Messages.warn("filter.range.invalid", from, to);
            return false;
        }
        return true;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static <T> T invalid(String param, String value) {
        String shown = value.strip();
        Messages.warn("filter.invalid", param, shown.length() > SHOWN ? shown.substring(0, SHOWN) + "…" : shown);
        return null;
    }
}
