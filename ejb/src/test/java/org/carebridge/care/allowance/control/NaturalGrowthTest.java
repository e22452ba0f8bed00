package org.carebridge.care.allowance.control;

import org.carebridge.care.allowance.entity.SchemeRate;
import org.carebridge.core.error.AccessDeniedException;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.value.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NaturalGrowthTest {

    private static final Instant NOW = Instant.parse("2026-11-29T00:00:00Z");

    @Test
    void theRateRisesByTheMeanOfTheTwoYearsGrowthToTheWholeYuan() {
        // 2650 × (1 + (5.2 + 4.8) / 2 %) = 2782.50 → 2783
        assertThat(NaturalGrowth.propose(Money.of("2650.00"), new BigDecimal("5.2"), new BigDecimal("4.8")))
                .isEqualTo(Money.of("2783.00"));
        // 2783 × 1.04 = 2894.32 → 2894
        assertThat(NaturalGrowth.propose(Money.of("2783.00"), new BigDecimal("4.1"), new BigDecimal("3.9")))
                .isEqualTo(Money.of("2894.00"));
    }

    @Test
    void aFallNeverLowersTheRateAndImplausibleFiguresAreRefused() {
        assertThat(NaturalGrowth.propose(Money.of("2650.00"), new BigDecimal("-1.0"), new BigDecimal("-2.0")))
                .isEqualTo(Money.of("2650.00"));
        assertThatThrownBy(() -> NaturalGrowth.propose(Money.of("2650.00"), new BigDecimal("51"), BigDecimal.ONE))
                .isInstanceOf(ValidationException.class).hasMessageContaining("rate.growth.invalid");
        assertThatThrownBy(() -> NaturalGrowth.propose(Money.of("2650.00"), new BigDecimal("1.005"), BigDecimal.ONE))
                .hasMessageContaining("rate.growth.invalid");
    }

    @Test
    void theRateInForceIsTheLatestAdoptedOneNotAfterTheMonth() {
        SchemeRate y2023 = new SchemeRate(1L, YearMonth.of(2023, 1), Money.of("2650.00"), "2023", "f", NOW);
        y2023.decide(true, "a", NOW);
        SchemeRate y2025 = new SchemeRate(1L, YearMonth.of(2025, 1), Money.of("2783.00"), "2025", "f", NOW);
        y2025.decide(true, "a", NOW);
        SchemeRate pending = new SchemeRate(1L, YearMonth.of(2026, 1), Money.of("2894.00"), "2026", "f", NOW);
        List<SchemeRate> rates = List.of(y2023, y2025, pending);
        assertThat(NaturalGrowth.inForce(rates, YearMonth.of(2024, 12))).contains(y2023);
        assertThat(NaturalGrowth.inForce(rates, YearMonth.of(2026, 11))).contains(y2025);
        assertThat(NaturalGrowth.inForce(rates, YearMonth.of(2022, 12))).isEmpty();
    }

    @Test
    void whoProposesARateDoesNotAdoptIt() {
        SchemeRate r = new SchemeRate(1L, YearMonth.of(2026, 1), Money.of("2894.00"), "自然增长", "d1.treasurer", NOW);
        assertThatThrownBy(() -> r.decide(true, "d1.treasurer", NOW)).isInstanceOf(AccessDeniedException.class);
    }
}
