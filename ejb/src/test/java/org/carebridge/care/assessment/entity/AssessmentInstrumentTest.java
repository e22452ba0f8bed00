package org.carebridge.care.assessment.entity;

import org.carebridge.core.error.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssessmentInstrumentTest {

    /** Two items: health weight 3 (0–4), safety weight 1 (0–2); possible 3·4 + 1·2 = 14. */
    private static AssessmentInstrument instrument() {
        return new AssessmentInstrument(1, "测试表", 30, 60, List.of(
                new AssessmentInstrument.ItemData("health", "健康", "Health", 3, 4),
                new AssessmentInstrument.ItemData("safety", "安全", "Safety", 1, 2)), "d1.admin");
    }

    private static String key(Throwable t) {
        return ((ValidationException) t).messageKey();
    }

    @Test
    void theScoreIsWeightedAndScaledTo100() {
        AssessmentInstrument i = instrument();
        assertThat(i.score(Map.of("health", 0, "safety", 0))).isZero();
        assertThat(i.score(Map.of("health", 4, "safety", 2))).isEqualTo(100);
        assertThat(i.score(Map.of("health", 1, "safety", 1))).isEqualTo(29); // 4/14 = 28.6
        assertThat(i.score(Map.of("health", 2, "safety", 2))).isEqualTo(57); // 8/14 = 57.1
    }

    @Test
    void thresholdsSeparateTheRisks() {
        AssessmentInstrument i = instrument();
        assertThat(i.risk(30)).isEqualTo(Risk.LOW);
        assertThat(i.risk(31)).isEqualTo(Risk.MEDIUM);
        assertThat(i.risk(60)).isEqualTo(Risk.MEDIUM);
        assertThat(i.risk(61)).isEqualTo(Risk.HIGH);
    }

    @Test
    void answersMustBeCompleteInRangeAndKnown() {
        AssessmentInstrument i = instrument();
        assertThatThrownBy(() -> i.score(Map.of("health", 1))).extracting(AssessmentInstrumentTest::key)
                .isEqualTo("assessment.answers.missing");
        assertThatThrownBy(() -> i.score(Map.of("health", 5, "safety", 0))).extracting(AssessmentInstrumentTest::key)
                .isEqualTo("assessment.answers.range");
        assertThatThrownBy(() -> i.score(Map.of("health", -1, "safety", 0))).extracting(AssessmentInstrumentTest::key)
                .isEqualTo("assessment.answers.range");
        assertThatThrownBy(() -> i.score(Map.of("health", 1, "safety", 0, "mood", 1)))
                .extracting(AssessmentInstrumentTest::key).isEqualTo("assessment.answers.unknown");
    }

    @Test
    void anInstrumentNeedsSoundThresholdsAndDistinctItems() {
        assertThatThrownBy(() -> new AssessmentInstrument(1, "x", 60, 30, List.of(
                new AssessmentInstrument.ItemData("a", "甲", "A", 1, 1)), "x")).extracting(AssessmentInstrumentTest::key)
                .isEqualTo("assessment.instrument.thresholds");
        assertThatThrownBy(() -> new AssessmentInstrument(1, "x", 30, 60, List.of(
                new AssessmentInstrument.ItemData("a", "甲", "A", 1, 1),
                new AssessmentInstrument.ItemData("a", "乙", "B", 1, 1)), "x")).extracting(AssessmentInstrumentTest::key)
                .isEqualTo("assessment.item.duplicate");
        assertThatThrownBy(() -> new AssessmentInstrument(1, "x", 30, 60, List.of(
                new AssessmentInstrument.ItemData("a", "甲", "A", 0, 1)), "x")).extracting(AssessmentInstrumentTest::key)
                .isEqualTo("assessment.item.range");
        assertThatThrownBy(() -> new AssessmentInstrument(1, "x", 30, 60, List.of(), "x"))
                .extracting(AssessmentInstrumentTest::key).isEqualTo("assessment.instrument.items");
    }

    @Test
    void anAssessmentKeepsItsAnswersAndNeedsAdviceAboveLowRisk() {
        AssessmentInstrument i = instrument();
        LocalDate today = LocalDate.of(2026, 11, 28);
        Assessment low = new Assessment(5, i, Map.of("safety", 0, "health", 1), null, today.plusMonths(6), today, "cw");
        assertThat(low.getRisk()).isEqualTo(Risk.LOW);
        assertThat(low.getScore()).isEqualTo(21);
        assertThat(low.getAnswers()).containsExactly(Map.entry("health", 1), Map.entry("safety", 0));
        assertThatThrownBy(() -> new Assessment(5, i, Map.of("health", 4, "safety", 2), " ", today.plusMonths(3),
                today, "cw")).extracting(AssessmentInstrumentTest::key).isEqualTo("assessment.recommendations.required");
        Assessment high = new Assessment(5, i, Map.of("health", 4, "safety", 2), "转介心理疏导，每月入户", today.plusMonths(3),
                today, "cw");
        assertThat(high.getRisk()).isEqualTo(Risk.HIGH);
        assertThatThrownBy(() -> new Assessment(5, i, Map.of("health", 0, "safety", 0), null, today, today, "cw"))
                .extracting(AssessmentInstrumentTest::key).isEqualTo("assessment.reassessOn.range");
        assertThatThrownBy(() -> new Assessment(5, i, Map.of("health", 0, "safety", 0), null, today.plusYears(3),
                today, "cw")).extracting(AssessmentInstrumentTest::key).isEqualTo("assessment.reassessOn.range");
    }
}
