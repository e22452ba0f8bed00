package org.carebridge.care.allowance.control;

import org.carebridge.care.allowance.entity.Frequency;
import org.carebridge.care.allowance.entity.LineKind;
import org.carebridge.care.allowance.entity.SchemeRate;
import org.carebridge.care.child.entity.ChildCategory;
import org.carebridge.core.error.ConflictException;
import org.carebridge.core.value.Money;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a scheme's run for a month pays, computed from frozen inputs (no database): each supported
 * child the scheme covers gets the month's rate (a yearly scheme: once per calendar year), paid to
 * the guardian on record or, for a child living in an institution, to the institution; a child
 * with neither is held back and counted. For a monthly scheme, an earlier month already paid below
 * the rate in force for it (a rate adopted later, back-dated) gets a back-pay line for the
 * difference; a confirmed help-first case gets the months since help began that no run paid (at most
 * {@value #MAX_ARREARS_MONTHS} months back). A child who has left the register (exited) is not paid.
 */
public final class RunCalculator {

    /** What the run knows of a child. */
    public record ChildFacts(long childId, Set<ChildCategory> categories, boolean supported, String guardian,
                             boolean inInstitution, YearMonth arrearsFrom) {

        /** A child without arrears: nothing owed for months before the run's beyond what was paid below the rate. */
        public ChildFacts(long childId, Set<ChildCategory> categories, boolean supported, String guardian,
                          boolean inInstitution) {
            this(childId, categories, supported, guardian, inInstitution, null);
        }
    }

    /** How far back arrears of a confirmed help-first case are paid at most. */
    public static final int MAX_ARREARS_MONTHS = 24;

    /** One line to write. */
    public record Line(long childId, YearMonth forMonth, LineKind kind, String payee, Money amount, String snapshot) {
    }

    /** The lines and the number of eligible children held back. */
    public record Result(List<Line> lines, int held) {
    }

    public static final String INSTITUTION_PAYEE = "儿童福利机构（机构养育）";

    private RunCalculator() {
    }

    /**
     * @param paid what earlier approved runs paid this scheme: child → (month → amount)
     */
    public static Result compute(Set<ChildCategory> schemeCategories, Frequency frequency, YearMonth month,
                                 List<SchemeRate> rates, Collection<ChildFacts> children,
                                 Map<Long, Map<YearMonth, Money>> paid) {
        SchemeRate rate = NaturalGrowth.inForce(rates, month).orElseThrow(() -> new ConflictException("run.noRate", month));
        List<Line> lines = new ArrayList<>();
        int held = 0;
        for (ChildFacts c : children) {
            if (!c.supported() || schemeCategories.stream().noneMatch(c.categories()::contains)) {
                continue;
            }
            String payee = c.guardian() != null && !c.guardian().isBlank() ? c.guardian()
                    : c.inInstitution() ? INSTITUTION_PAYEE : null;
            if (payee == null) {
                held++;
                continue;
            }
            Map<YearMonth, Money> before = new TreeMap<>(paid.getOrDefault(c.childId(), Map.of()));
            boolean due = frequency == Frequency.MONTHLY ? !before.containsKey(month)
                    : before.keySet().stream().noneMatch(m -> m.getYear() == month.getYear());
            if (due) {
                lines.add(new Line(c.childId(), month, LineKind.REGULAR, payee, rate.getAmount(),
                        snapshot(c, rate, payee, month)));
            }
            if (frequency == Frequency.MONTHLY && c.arrearsFrom() != null) {
                YearMonth first = c.arrearsFrom().isBefore(month.minusMonths(MAX_ARREARS_MONTHS))
                        ? month.minusMonths(MAX_ARREARS_MONTHS) : c.arrearsFrom();
                for (YearMonth m = first; m.isBefore(month); m = m.plusMonths(1)) {
                    SchemeRate then = NaturalGrowth.inForce(rates, m).orElse(null);
                    if (!before.containsKey(m) && then != null) {
                        lines.add(new Line(c.childId(), m, LineKind.BACKPAY, payee, then.getAmount(),
                                snapshot(c, then, payee, m) + "；先救助确认后补发（救助自" + c.arrearsFrom() + "起）"));
                    }
                }
            }
            if (frequency == Frequency.MONTHLY) {
                for (Map.Entry<YearMonth, Money> e : before.entrySet()) {
                    if (!e.getKey().isBefore(month)) {
                        continue;
                    }
                    SchemeRate then = NaturalGrowth.inForce(rates, e.getKey()).orElse(null);
                    if (then != null && then.getAmount().compareTo(e.getValue()) > 0) {
                        lines.add(new Line(c.childId(), e.getKey(), LineKind.BACKPAY, payee,
                                then.getAmount().minus(e.getValue()), snapshot(c, then, payee, e.getKey())
                                        + "；已付=" + e.getValue().amount().toPlainString()));
                    }
                }
            }
        }
        return new Result(lines, held);
    }

    private static String snapshot(ChildFacts c, SchemeRate rate, String payee, YearMonth month) {
        return "月份=" + month + "；类别=" + String.join(",", c.categories().stream().map(Enum::name).sorted().toList())
                + "；状态=SUPPORTED；标准=" + rate.getAmount().amount().toPlainString() + "（" + rate.getEffectiveFrom()
                + "起）；领取人=" + payee;
    }
}
