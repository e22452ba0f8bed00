package org.carebridge.funding.project.control;

import org.carebridge.funding.project.entity.Kpi;
import org.carebridge.funding.project.entity.Measure;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class KpiProgressTest {

    private static Kpi kpi(String name, Measure m, int baseline, int target) {
        return new Kpi(name, m, BigDecimal.valueOf(baseline), BigDecimal.valueOf(target));
    }

    @Test
    void computedKpisTakeTheirActualsFromTheDeliveredCounts() {
        List<KpiProgress.Entry> e = KpiProgress.of(List.of(kpi("次数", Measure.SESSIONS, 0, 120),
                        kpi("人数", Measure.CHILDREN_SERVED, 0, 40), kpi("时长", Measure.SERVICE_HOURS, 0, 180)),
                new Delivered(96, 41, 8595, 45), Map.of());
        assertThat(e.get(0).actual()).isEqualByComparingTo("96");
        assertThat(e.get(0).percent()).isEqualByComparingTo("80.0");
        assertThat(e.get(0).met()).isFalse();
        assertThat(e.get(1).actual()).isEqualByComparingTo("41");
        assertThat(e.get(1).met()).isTrue();
        assertThat(e.get(1).percent()).isEqualByComparingTo("102.5");
        // 8595 minutes = 143.25 hours
        assertThat(e.get(2).actual()).isEqualByComparingTo("143.25");
        assertThat(e.get(2).percent()).isEqualByComparingTo("79.6");
    }

    @Test
    void progressRunsFromTheBaselineNotFromZeroAndNeverBelowZero() {
        Kpi satisfaction = kpi("满意度", Measure.REPORTED, 80, 90);
        assertThat(KpiProgress.of(List.of(satisfaction), Delivered.NONE, Map.of("满意度", new BigDecimal("85")))
                .get(0).percent()).isEqualByComparingTo("50.0");
        assertThat(KpiProgress.of(List.of(satisfaction), Delivered.NONE, Map.of("满意度", new BigDecimal("70")))
                .get(0).percent()).isEqualByComparingTo("0.0");
    }

    @Test
    void aReportedKpiWithoutAReportHasNoActualAndIsNotMet() {
        KpiProgress.Entry e = KpiProgress.of(List.of(kpi("满意度", Measure.REPORTED, 80, 90)), new Delivered(500, 50, 9000, 50),
                Map.of()).get(0);
        assertThat(e.actual()).isNull();
        assertThat(e.percent()).isNull();
        assertThat(e.met()).isFalse();
    }

    @Test
    void theSummaryKeptWithASubmissionNamesEachKpiWithActualTargetAndPercent() {
        String s = KpiProgress.summary(KpiProgress.of(List.of(kpi("个案辅导次数", Measure.SESSIONS, 0, 120),
                kpi("满意度", Measure.REPORTED, 80, 90)), new Delivered(96, 40, 0, 40), Map.of()));
        assertThat(s).isEqualTo("个案辅导次数 96/120 (80.0%); 满意度 —/90");
    }
}
