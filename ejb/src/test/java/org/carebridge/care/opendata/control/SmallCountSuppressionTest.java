package org.carebridge.care.opendata.control;

import org.carebridge.care.opendata.control.OpenDataReads.AllowanceRow;
import org.carebridge.care.opendata.control.SmallCountSuppression.Cell;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmallCountSuppressionTest {

    private static Cell cell(String category, String period, long children, String amount) {
        return new Cell(1, category, "ALLOWANCE", period, children, new BigDecimal(amount));
    }

    @Test
    void nineChildrenAreSuppressedTenArePublished() {
        Cell nine = cell("ORPHAN", "2026-04", 9, "24966.00");
        Cell ten = cell("ORPHAN", "2026-05", 10, "27740.00");
        SmallCountSuppression.Outcome out = SmallCountSuppression.apply(List.of(nine, ten));
        assertThat(out.published()).containsExactly(ten);
        assertThat(out.suppressed()).isEqualTo(1);
        assertThat(SmallCountSuppression.publishable(9)).isFalse();
        assertThat(SmallCountSuppression.publishable(10)).isTrue();
        assertThat(SmallCountSuppression.MIN_COUNT).isEqualTo(10);
    }

    @Test
    void aSuppressedRecordIsDroppedNotFoldedAndNoTotalIsAdded() {
        Cell small = cell("DE_FACTO_UNSUPPORTED", "2026", 3, "24000.00");
        Cell a = cell("ORPHAN", "2026-04", 12, "33288.00");
        Cell b = cell("ORPHAN", "2026-05", 11, "30514.00");
        SmallCountSuppression.Outcome out = SmallCountSuppression.apply(List.of(b, small, a));
        // Published records are exactly the large ones, figures untouched: the small record's children and
        // money went into no other record, and no total exists from which it could be subtracted.
        assertThat(out.published()).containsExactly(a, b);
        assertThat(out.published()).noneMatch(c -> c.category().contains("DE_FACTO_UNSUPPORTED"));
        assertThat(out.published().stream().mapToLong(Cell::children).sum()).isEqualTo(23);
        assertThat(out.published().stream().map(Cell::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("63802.00");
    }

    @Test
    void nothingIsPublishedWhenEveryRecordIsSmall() {
        assertThat(SmallCountSuppression.apply(List.of(cell("ORPHAN", "2026-05", 1, "2774.00"),
                cell("ORPHAN", "2026-06", 0, "0.00"))).published()).isEmpty();
    }

    @Test
    void aNegativeCountIsRefused() {
        assertThatThrownBy(() -> cell("ORPHAN", "2026-05", -1, "0.00")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rowsBecomeRecordsByTheSchemesCategoriesAndFrequency() {
        Cell monthly = GivingPackage.cell(new AllowanceRow(7, ",ORPHAN,", "ALLOWANCE", "MONTHLY", 2026, 3, 41,
                new BigDecimal("113734.00")));
        assertThat(monthly).isEqualTo(new Cell(7, "ORPHAN", "ALLOWANCE", "2026-03", 41, new BigDecimal("113734.00")));
        Cell yearly = GivingPackage.cell(new AllowanceRow(7, ",ORPHAN,DE_FACTO_UNSUPPORTED,", "EDUCATION_AID", "YEARLY",
                2026, 0, 12, new BigDecimal("96000.00")));
        // One record per scheme category set (sorted), so one payment line counts in exactly one record.
        assertThat(yearly.category()).isEqualTo("DE_FACTO_UNSUPPORTED+ORPHAN");
        assertThat(yearly.period()).isEqualTo("2026");
    }

    @Test
    void reasonsAndPurposesComeFrom360GivingCodelists() {
        assertThat(GivingPackage.secondaryReason("ORPHAN")).isEqualTo("GTIR050");
        assertThat(GivingPackage.secondaryReason("SEVERE_ILLNESS_DISABILITY+ORPHAN")).isEqualTo("GTIR020");
        assertThat(GivingPackage.secondaryReason("SUBSISTENCE_HOUSEHOLD")).isNull();
        assertThat(GivingPackage.purposeCode("ALLOWANCE")).isEqualTo("GTIP070");
        assertThat(GivingPackage.purposeCode("EDUCATION_AID")).isEqualTo("GTIP130");
    }
}
