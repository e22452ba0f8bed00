package org.carebridge.care.opendata.control;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import org.carebridge.core.value.LocalDates;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Small helpers both publications share: Beijing-time timestamps with seconds, CNY values. */
final class OpenDataJson {

    static final String CURRENCY = "CNY";

    /** RFC 3339 with seconds and offset, as JSON Schema's date-time format wants ({@code 2026-05-01T00:00:00+08:00}). */
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private OpenDataJson() {
    }

    static String dateTime(Instant instant) {
        return DATE_TIME.format(instant.atZone(LocalDates.CHINA));
    }

    /** The start of a day in Beijing. */
    static String dateTime(LocalDate date) {
        return DATE_TIME.format(date.atStartOfDay(LocalDates.CHINA));
    }

    /** The last second of a day in Beijing (period ends are inclusive days). */
    static String endOfDay(LocalDate date) {
        return DATE_TIME.format(date.atTime(23, 59, 59).atZone(LocalDates.CHINA));
    }

    /** An OCDS Value: the amount as a JSON number with two decimals, and the currency. */
    static JsonObjectBuilder value(BigDecimal amount) {
        return Json.createObjectBuilder().add("amount", amount.setScale(2)).add("currency", CURRENCY);
    }
}
