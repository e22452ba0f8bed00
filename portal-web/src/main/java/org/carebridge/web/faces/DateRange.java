package org.carebridge.web.faces;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/**
 * A list's optional date filter, {@code from}–{@code to} inclusive, bound to its date pickers and read
 * from the page's {@code ?from=&to=} ({@code yyyy-MM-dd}): a bad date is warned about and ignored, and
 * so is a range whose end comes before its start.
 */
public class DateRange implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate from;
    private LocalDate to;

    public void read(Map<String, String> params) {
        from = FilterParams.date(params.get("from"), "from");
        to = FilterParams.date(params.get("to"), "to");
        if (!FilterParams.range(from, to)) {
            from = null;
            to = null;
        }
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
