package org.carebridge.care.enrolment.control;

import org.carebridge.care.enrolment.entity.Enrolment;
import org.carebridge.funding.project.control.Breakdown;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectDeliveryTest {

    private static final LocalDate AT = LocalDate.of(2026, 11, 30);

    private static Enrolment enrolment(long child, String sex, String birthMonth, String categories) {
        return new Enrolment(1L, 2L, 5L, child, new Enrolment.Grant("儿童" + child, sex, birthMonth, categories,
                null, ","), "d1.caseworker", AT.minusMonths(3));
    }

    @Test
    void ageBandsFollowSchoolStagesAtTheEndOfThePeriod() {
        assertThat(ProjectDelivery.ageBand(YearMonth.of(2021, 1), AT)).isEqualTo("00-05");
        assertThat(ProjectDelivery.ageBand(YearMonth.of(2020, 11), AT)).isEqualTo("06-11");
        assertThat(ProjectDelivery.ageBand(YearMonth.of(2014, 12), AT)).isEqualTo("06-11");
        assertThat(ProjectDelivery.ageBand(YearMonth.of(2014, 11), AT)).isEqualTo("12-14");
        assertThat(ProjectDelivery.ageBand(YearMonth.of(2009, 1), AT)).isEqualTo("15-17");
        assertThat(ProjectDelivery.ageBand(YearMonth.of(2008, 11), AT)).isEqualTo("18+");
    }

    @Test
    void theBreakdownCountsEachChildOnceAndTheirSessionsPerGroupOfEachDimension() {
        Map<Long, Enrolment> enrolled = Map.of(
                1L, enrolment(1, "FEMALE", "2016-03", ",ORPHAN,"),
                2L, enrolment(2, "MALE", "2012-05", ",DE_FACTO_UNSUPPORTED,ORPHAN,"),
                3L, enrolment(3, "FEMALE", "2010-01", ",CHILD_OF_PRISONER,"));
        List<Breakdown> rows = ProjectDelivery.breakdown(Map.of(1L, 3L, 2L, 2L, 3L, 1L, 9L, 5L), enrolled, AT);
        assertThat(rows).contains(
                new Breakdown(Breakdown.CATEGORY, "ORPHAN", 2, 5),
                new Breakdown(Breakdown.CATEGORY, "DE_FACTO_UNSUPPORTED", 1, 2),
                new Breakdown(Breakdown.CATEGORY, "CHILD_OF_PRISONER", 1, 1),
                new Breakdown(Breakdown.SEX, "FEMALE", 2, 4),
                new Breakdown(Breakdown.SEX, "MALE", 1, 2),
                new Breakdown(Breakdown.AGE_BAND, "06-11", 1, 3),
                new Breakdown(Breakdown.AGE_BAND, "12-14", 1, 2),
                new Breakdown(Breakdown.AGE_BAND, "15-17", 1, 1));
        // A child with sessions but no enrolment in the project (id 9) is not counted anywhere.
        assertThat(rows.stream().filter(r -> r.dimension().equals(Breakdown.SEX)).mapToLong(Breakdown::children).sum())
                .isEqualTo(3);
        assertThat(rows).hasSize(8);
    }
}
