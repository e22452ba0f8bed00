package org.carebridge.web.report;

import org.carebridge.care.figures.control.Months;
import org.carebridge.core.value.LocalDates;

import java.io.Serializable;

/**
 * The period ({@code from}/{@code to}, {@code yyyy-MM}) and, for the city bureau, the district that the
 * figures page and the work report page are filtered by; both take them as view parameters.
 */
public class PeriodFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private String from;
    private String to;
    private Long district;

    /** The period typed (the last twelve months by default); an impossible one is a validation error. */
    public Months months() {
        return Months.parse(from, to, LocalDates.today());
    }

    /** Shows the period as it is used, with its defaults filled in. */
    public void show(Months period) {
        from = period.from().toString();
        to = period.to().toString();
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public Long getDistrict() {
        return district;
    }

    public void setDistrict(Long district) {
        this.district = district;
    }
}
