package org.carebridge.core.value;

import org.carebridge.core.error.ValidationException;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Calendar dates as the portal uses them: Beijing's "today", and {@code yyyy-MM-dd} text parsed
 * strictly, so that an impossible date such as 2018-02-29 is a clear error rather than a silent
 * correction.
 */
public final class LocalDates {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private LocalDates() {
    }

    public static LocalDate today() {
        return LocalDate.now(CHINA);
    }

    /** The date the text names, or a {@link ValidationException} with {@code errorKey}. */
    public static LocalDate parse(String text, String errorKey) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(errorKey);
        }
        try {
            return LocalDate.parse(text.strip(), ISO);
        } catch (DateTimeParseException e) {
            throw new ValidationException(errorKey);
        }
    }
}
