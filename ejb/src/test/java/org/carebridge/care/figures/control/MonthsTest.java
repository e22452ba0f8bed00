package org.carebridge.care.figures.control;

import org.carebridge.core.error.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MonthsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void defaultsToTheLastTwelveMonthsEndingThisMonth() {
        Months m = Months.parse(null, " ", TODAY);
        assertThat(m.from()).isEqualTo(YearMonth.of(2025, 12));
        assertThat(m.to()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(m.size()).isEqualTo(12);
        assertThat(m.first()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(m.last()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(m.list()).hasSize(12).startsWith(YearMonth.of(2025, 12)).endsWith(YearMonth.of(2026, 11));
    }

    @Test
    void placesAMonthKeyInThePeriod() {
        Months m = Months.parse("2025-12", "2026-02", TODAY);
        assertThat(m.index(202512)).isZero();
        assertThat(m.index(202601)).isEqualTo(1);
        assertThat(m.index(202602)).isEqualTo(2);
        assertThat(m.index(202511)).isEqualTo(-1);
        assertThat(m.index(202603)).isEqualTo(-1);
        assertThat(Months.key(YearMonth.of(2026, 1))).isEqualTo(202601);
        assertThat(Months.year(2023).size()).isEqualTo(12);
    }

    @Test
    void refusesImpossibleAndOverlongPeriods() {
        assertThatThrownBy(() -> Months.parse("2026-13", null, TODAY)).isInstanceOf(ValidationException.class)
                .extracting("messageKey").isEqualTo("figures.period.invalid");
        assertThatThrownBy(() -> Months.parse("2026-05", "2026-04", TODAY)).extracting("messageKey")
                .isEqualTo("figures.period.order");
        assertThatThrownBy(() -> Months.parse("2023-01", "2026-01", TODAY)).extracting("messageKey")
                .isEqualTo("figures.period.length");
        assertThat(Months.parse("2023-02", "2026-01", TODAY).size()).isEqualTo(Months.MAX_MONTHS);
    }
}
