package org.carebridge.funding.disbursement.control;

import org.carebridge.core.value.Money;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SplitTest {

    private static Map<String, Money> shares(String... pairs) {
        Map<String, Money> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], Money.of(pairs[i + 1]));
        }
        return m;
    }

    @Test
    void partsFollowTheSharesAndAddUpToTheAmountExactly() {
        Map<String, Money> parts = Split.of(Money.of("168000.00"), shares("d1", "300000.00", "f1", "120000.00"));
        assertThat(parts.get("d1")).isEqualTo(Money.of("120000.00"));
        assertThat(parts.get("f1")).isEqualTo(Money.of("48000.00"));
    }

    @Test
    void leftOverFensGoToTheLargestRemaindersAndNothingIsLost() {
        // 100.00 in thirds: 33.34 + 33.33 + 33.33
        Map<String, Money> parts = Split.of(Money.of("100.00"), shares("a", "1.00", "b", "1.00", "c", "1.00"));
        assertThat(parts.values().stream().reduce(Money.ZERO, Money::plus)).isEqualTo(Money.of("100.00"));
        assertThat(parts.get("a")).isEqualTo(Money.of("33.34"));
        assertThat(parts.get("b")).isEqualTo(Money.of("33.33"));
        // 0.05 between 2:1 → 0.03 + 0.02
        Map<String, Money> small = Split.of(Money.of("0.05"), shares("x", "2.00", "y", "1.00"));
        assertThat(small.get("x")).isEqualTo(Money.of("0.03"));
        assertThat(small.get("y")).isEqualTo(Money.of("0.02"));
    }

    @Test
    void manyOddSharesStillAddUp() {
        Map<String, Money> shares = new LinkedHashMap<>();
        for (int i = 1; i <= 7; i++) {
            shares.put("f" + i, Money.of(new java.math.BigDecimal("1234.57").multiply(java.math.BigDecimal.valueOf(i))));
        }
        Money amount = Money.of("99999.99");
        assertThat(Split.of(amount, shares).values().stream().reduce(Money.ZERO, Money::plus)).isEqualTo(amount);
    }
}
