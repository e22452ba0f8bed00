package org.carebridge.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.carebridge.core.value.LocalDates;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Dates and times as pages show them: {@code yyyy-MM-dd HH:mm:ss}, Beijing time. */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(LocalDates.CHINA);

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** Bytes as whole kilobytes, rounded up. */
    public long kb(long bytes) {
        return (bytes + 1023) / 1024;
    }

    /** An amount in yuan as people read it: ¥360,000.00. */
    public String yuan(java.math.BigDecimal amount) {
        return amount == null ? "" : org.carebridge.core.value.Money.of(amount).format(java.util.Locale.CHINA);
    }
}
