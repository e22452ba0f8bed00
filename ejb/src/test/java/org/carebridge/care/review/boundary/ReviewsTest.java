package org.carebridge.care.review.boundary;

import org.carebridge.core.value.Csv;

import org.carebridge.core.error.ValidationException;
import org.carebridge.core.value.LocalDates;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReviewsTest {

    @Test
    void aMonthIsYearDashMonthUpToThisMonth() {
        YearMonth now = YearMonth.from(LocalDates.today());
        assertThat(Reviews.month(now.toString())).isEqualTo(now);
        assertThat(Reviews.month(" 2026-01 ")).isEqualTo(YearMonth.of(2026, 1));
        for (String bad : new String[]{"2026-13", "2026/11", "26-11", "", null, now.plusMonths(1).toString(), "1999-12"}) {
            assertThatThrownBy(() -> Reviews.month(bad)).as(bad).isInstanceOf(ValidationException.class)
                    .extracting(t -> ((ValidationException) t).messageKey()).isEqualTo("review.month.invalid");
        }
    }

    @Test
    void csvCellsAreQuotedAndFormulasNeutralised() {
        assertThat(Csv.cell("王小明")).isEqualTo("\"王小明\"");
        assertThat(Csv.cell("a\"b")).isEqualTo("\"a\"\"b\"");
        assertThat(Csv.cell("=cmd|'/c calc'!A1")).isEqualTo("\"'=cmd|'/c calc'!A1\"");
        assertThat(Csv.cell("+1")).isEqualTo("\"'+1\"");
        assertThat(Csv.cell("@SUM(1)")).isEqualTo("\"'@SUM(1)\"");
    }
}
