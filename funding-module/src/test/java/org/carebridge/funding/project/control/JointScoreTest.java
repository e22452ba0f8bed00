package org.carebridge.funding.project.control;

import org.carebridge.core.error.ValidationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JointScoreTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void withAThirdPartyTheDistrictWeighsHalfTheEvaluatorThirtyAndTheSelfAssessmentTwentyPercent() {
        assertThat(JointScore.of(d("85"), d("90"), d("80"))).isEqualByComparingTo("84.50");
        assertThat(JointScore.of(d("85"), d("90"), d("80")).scale()).isEqualTo(2);
    }

    @Test
    void withoutAThirdPartyTheDistrictWeighsSeventyAndTheSelfAssessmentThirtyPercent() {
        assertThat(JointScore.of(d("86"), d("90"), null)).isEqualByComparingTo("87.20");
        // 70.33 × 0.7 + 99.99 × 0.3 = 49.231 + 29.997 = 79.228 → 79.23
        assertThat(JointScore.of(d("70.33"), d("99.99"), null)).isEqualByComparingTo("79.23");
    }

    @Test
    void scoresAreZeroToHundredWithAtMostTwoDecimals() {
        assertThatThrownBy(() -> JointScore.of(d("100.01"), d("90"), null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("report.score.district");
        assertThatThrownBy(() -> JointScore.of(d("80"), d("-1"), null)).hasMessageContaining("report.score.self");
        assertThatThrownBy(() -> JointScore.of(d("80"), d("90"), d("80.005"))).hasMessageContaining("report.score.thirdParty");
        assertThatThrownBy(() -> JointScore.of(null, d("90"), null)).hasMessageContaining("report.score.district");
    }
}
