package org.carebridge.funding.disbursement.control;

import org.carebridge.core.value.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits an amount between funders in proportion to their shares, exact to the fen: each gets the
 * floor of its proportional part, and the fens left over go one by one to the largest remainders
 * (ties: the funder listed first). The parts always add up to the amount.
 */
public final class Split {

    private Split() {
    }

    public static <K> Map<K, Money> of(Money amount, Map<K, Money> shares) {
        BigDecimal total = shares.values().stream().map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() <= 0) {
            throw new IllegalArgumentException("shares must add up to more than zero");
        }
        long fen = amount.amount().movePointRight(2).longValueExact();
        record Part<K>(K key, int order, long floor, BigDecimal remainder) {
        }
        List<Part<K>> parts = new ArrayList<>();
        long given = 0;
        int order = 0;
        for (Map.Entry<K, Money> e : shares.entrySet()) {
            BigDecimal exact = BigDecimal.valueOf(fen).multiply(e.getValue().amount()).divide(total, 10, RoundingMode.DOWN);
            long floor = exact.setScale(0, RoundingMode.DOWN).longValueExact();
            parts.add(new Part<>(e.getKey(), order++, floor, exact.subtract(BigDecimal.valueOf(floor))));
            given += floor;
        }
        List<Part<K>> byRemainder = new ArrayList<>(parts);
        byRemainder.sort(Comparator.comparing((Part<K> p) -> p.remainder()).reversed().thenComparingInt(Part::order));
        Map<K, Long> extra = new LinkedHashMap<>();
        for (int i = 0; i < fen - given; i++) {
            extra.merge(byRemainder.get(i % byRemainder.size()).key(), 1L, Long::sum);
        }
        Map<K, Money> out = new LinkedHashMap<>();
        for (Part<K> p : parts) {
            out.put(p.key(), Money.of(BigDecimal.valueOf(p.floor() + extra.getOrDefault(p.key(), 0L)).movePointLeft(2)));
        }
        return out;
    }
}
