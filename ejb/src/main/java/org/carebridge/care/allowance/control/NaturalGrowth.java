package org.carebridge.care.allowance.control;

import org.carebridge.care.allowance.entity.RateStatus;
import org.carebridge.care.allowance.entity.SchemeRate;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.value.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The natural-growth mechanism (自然增长机制) and the rate in force. The proposed rate is the current
 * rate raised by the mean of the two published yearly growth rates of urban per-capita consumption
 * expenditure (in percent, e.g. 5.2 and 4.8 → +5.0 %), rounded half-up to the whole yuan (rates are
 * published in whole yuan); a fall in both years never lowers a rate.
 */
public final class NaturalGrowth {

    private NaturalGrowth() {
    }

    public static Money propose(Money current, BigDecimal growthYear1, BigDecimal growthYear2) {
        BigDecimal g1 = growth(growthYear1);
        BigDecimal g2 = growth(growthYear2);
        BigDecimal mean = g1.add(g2).divide(BigDecimal.valueOf(2), 6, RoundingMode.HALF_UP).max(BigDecimal.ZERO);
        BigDecimal raised = current.amount().multiply(BigDecimal.ONE.add(mean.movePointLeft(2)))
                .setScale(0, RoundingMode.HALF_UP);
        return Money.of(raised.setScale(2));
    }

    private static BigDecimal growth(BigDecimal g) {
        if (g == null || g.abs().compareTo(BigDecimal.valueOf(50)) > 0 || g.stripTrailingZeros().scale() > 2) {
            throw new ValidationException("rate.growth.invalid");
        }
        return g;
    }

    /** The adopted rate in force in a month: the adopted rate with the latest start not after it. */
    public static Optional<SchemeRate> inForce(List<SchemeRate> rates, YearMonth month) {
        return rates.stream().filter(r -> r.getStatus() == RateStatus.ADOPTED && !r.getEffectiveFrom().isAfter(month))
                .max(Comparator.comparing(SchemeRate::getEffectiveFrom).thenComparing(SchemeRate::getDecidedAt));
    }
}
