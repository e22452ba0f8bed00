package org.carebridge.funding.project.control;

import org.carebridge.funding.project.entity.Kpi;
import org.carebridge.funding.project.entity.Measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * KPI progress computed from what was delivered — never typed in. For each KPI: the actual value
 * (sessions, children served, hours from the service records; for {@code REPORTED} the latest
 * accepted report's value, if any) and how far it has come from baseline to target, in percent.
 */
public final class KpiProgress {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** One KPI's standing. {@code actual} and {@code percent} are null for a reported KPI without a report yet. */
    public record Entry(String name, Measure measure, BigDecimal baseline, BigDecimal target, BigDecimal actual,
                        BigDecimal percent, boolean met) {
    }

    private KpiProgress() {
    }

    public static List<Entry> of(List<Kpi> kpis, Delivered d, Map<String, BigDecimal> reported) {
        return kpis.stream().map(k -> entry(k, actual(k, d, reported))).toList();
    }

    static BigDecimal actual(Kpi k, Delivered d, Map<String, BigDecimal> reported) {
        return switch (k.getMeasure()) {
            case SESSIONS -> BigDecimal.valueOf(d.sessions()).setScale(2);
            case CHILDREN_SERVED -> BigDecimal.valueOf(d.childrenServed()).setScale(2);
            case SERVICE_HOURS -> BigDecimal.valueOf(d.minutes()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
            case REPORTED -> reported == null ? null : reported.get(k.getName());
        };
    }

    static Entry entry(Kpi k, BigDecimal actual) {
        if (actual == null) {
            return new Entry(k.getName(), k.getMeasure(), k.getBaseline(), k.getTarget(), null, null, false);
        }
        BigDecimal span = k.getTarget().subtract(k.getBaseline());
        BigDecimal percent = actual.subtract(k.getBaseline()).multiply(HUNDRED).divide(span, 1, RoundingMode.HALF_UP)
                .max(BigDecimal.ZERO.setScale(1));
        return new Entry(k.getName(), k.getMeasure(), k.getBaseline(), k.getTarget(), actual, percent,
                actual.compareTo(k.getTarget()) >= 0);
    }

    /** A one-line summary kept with a milestone submission: "个案辅导次数 96/120 (80.0%); …". */
    public static String summary(List<Entry> entries) {
        StringBuilder s = new StringBuilder();
        for (Entry e : entries) {
            if (!s.isEmpty()) {
                s.append("; ");
            }
            s.append(e.name()).append(' ')
                    .append(e.actual() == null ? "—" : e.actual().stripTrailingZeros().toPlainString()).append('/')
                    .append(e.target().stripTrailingZeros().toPlainString());
            if (e.percent() != null) {
                s.append(" (").append(e.percent().toPlainString()).append("%)");
            }
        }
        return s.toString();
    }
}
