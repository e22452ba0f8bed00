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
}
