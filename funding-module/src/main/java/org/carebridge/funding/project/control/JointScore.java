package org.carebridge.funding.project.control;

import org.carebridge.core.error.ValidationException;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The joint score of a project's final acceptance (验收): the district's score weighs most, the
 * provider's self-assessment least, a third-party evaluator's (when there is one) in between —
 * district 50 %, third party 30 %, self-assessment 20 %; without a third party, district 70 % and
 * self-assessment 30 %. Scores are 0–100 with at most two decimals; the result is rounded half-up to
 * two decimals.
 */
public final class JointScore {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private JointScore() {
    }

    public static BigDecimal of(BigDecimal district, BigDecimal self, BigDecimal thirdParty) {
        BigDecimal d = score(district, "report.score.district");
        BigDecimal s = score(self, "report.score.self");
        if (thirdParty == null) {
            return d.multiply(BigDecimal.valueOf(70)).add(s.multiply(BigDecimal.valueOf(30)))
                    .divide(HUNDRED, 2, RoundingMode.HALF_UP);
        }
        BigDecimal t = score(thirdParty, "report.score.thirdParty");
        return d.multiply(BigDecimal.valueOf(50)).add(t.multiply(BigDecimal.valueOf(30)))
                .add(s.multiply(BigDecimal.valueOf(20))).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    /** A score 0–100 with at most two decimals, or the given error. */
    public static BigDecimal score(BigDecimal v, String errorKey) {
        if (v == null || v.signum() < 0 || v.compareTo(HUNDRED) > 0) {
            throw new ValidationException(errorKey);
        }
        try {
            return v.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new ValidationException(errorKey);
        }
    }
}
