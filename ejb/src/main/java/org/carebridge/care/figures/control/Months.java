package org.carebridge.care.figures.control;

import org.carebridge.core.error.ValidationException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A reporting period of whole months, {@code from}–{@code to} inclusive, at most {@value #MAX_MONTHS}
 * months long; SQL groups rows by {@link #key} ({@code yyyy * 100 + mm}) and {@link #index} places a
 * group in the period's series.
 */
public record Months(YearMonth from, YearMonth to) {

    public static final int MAX_MONTHS = 36;

    public Months {
        if (from == null || to == null) {
            throw new ValidationException("figures.period.required");
        }
        if (to.isBefore(from)) {
            throw new ValidationException("figures.period.order");
        }
        if (from.plusMonths(MAX_MONTHS - 1L).isBefore(to)) {
            throw new ValidationException("figures.period.length", MAX_MONTHS);
        }
    }

    /** Parses {@code yyyy-MM} texts; a missing end is {@code today}'s month, a missing start eleven months before it. */
    public static Months parse(String from, String to, LocalDate today) {
        YearMonth end = to == null || to.isBlank() ? YearMonth.from(today) : month(to);
        YearMonth start = from == null || from.isBlank() ? end.minusMonths(11) : month(from);
        return new Months(start, end);
    }

    /** A calendar year, January to December. */
    public static Months year(int year) {
        return new Months(YearMonth.of(year, 1), YearMonth.of(year, 12));
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException("figures.period.invalid", text.strip());
        }
    }

    public LocalDate first() {
        return from.atDay(1);
    }

    public LocalDate last() {
        return to.atEndOfMonth();
    }

    public int size() {
        return (int) (from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1);
    }

    public List<YearMonth> list() {
        List<YearMonth> out = new ArrayList<>(size());
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            out.add(m);
        }
        return out;
    }

    public static int key(YearMonth m) {
        return m.getYear() * 100 + m.getMonthValue();
    }

    /** The position of a {@code yyyymm} key in the period, or -1 when it falls outside. */
    public int index(int key) {
        YearMonth m = YearMonth.of(key / 100, key % 100);
        if (m.isBefore(from) || m.isAfter(to)) {
            return -1;
        }
        return (int) from.until(m, java.time.temporal.ChronoUnit.MONTHS);
    }

    /** SQL for the {@code yyyymm} key of a date or timestamp column (H2 and MariaDB alike). */
    public static String keyOf(String column) {
        return "(extract(year from " + column + ") * 100 + extract(month from " + column + "))";
    }
}
