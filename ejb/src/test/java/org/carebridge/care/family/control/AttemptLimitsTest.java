package org.carebridge.care.family.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AttemptLimitsTest {

    private static final Instant T0 = Instant.parse("2026-11-29T02:00:00Z");

    private static AttemptLimits limits() {
        return new AttemptLimits(new AttemptLimits.Limits(6, 4, 10, 3, Duration.ofMinutes(15)));
    }

    @Test
    void aClientIsChallengedAfterAFewAttemptsAndRefusedAfterItsLimitUntilTheWindowMovesOn() {
        AttemptLimits l = limits();
        for (int i = 0; i < 3; i++) {
            assertThat(l.check("1.1.1.1", "t" + i, T0)).isEqualTo(AttemptLimits.Decision.ALLOWED);
            l.count("1.1.1.1", "t" + i, T0);
        }
        assertThat(l.check("1.1.1.1", "t9", T0)).isEqualTo(AttemptLimits.Decision.CHALLENGE);
        for (int i = 3; i < 6; i++) {
            l.count("1.1.1.1", "t" + i, T0);
        }
        assertThat(l.check("1.1.1.1", "t9", T0)).isEqualTo(AttemptLimits.Decision.REFUSED);
        assertThat(l.check("2.2.2.2", "t9", T0)).isEqualTo(AttemptLimits.Decision.ALLOWED);
        assertThat(l.check("1.1.1.1", "t9", T0.plus(Duration.ofMinutes(15)))).isEqualTo(AttemptLimits.Decision.ALLOWED);
    }

    @Test
    void oneTargetIsProtectedWhateverAddressesTheAttemptsComeFrom() {
        AttemptLimits l = limits();
        for (int i = 0; i < 4; i++) {
            l.count("10.9.9." + i, "child", T0.plusSeconds(i));
        }
        assertThat(l.check("10.9.9.99", "child", T0.plusSeconds(5))).isEqualTo(AttemptLimits.Decision.REFUSED);
        assertThat(l.attemptsOn("child", T0.plusSeconds(5))).isEqualTo(4);
        assertThat(l.check("10.9.9.99", "other", T0.plusSeconds(5))).isEqualTo(AttemptLimits.Decision.ALLOWED);
    }

    @Test
    void theGlobalLimitHoldsAcrossClientsAndTargets() {
        AttemptLimits l = limits();
        for (int i = 0; i < 10; i++) {
            l.count("10.0.0." + i, "t" + i, T0);
        }
        assertThat(l.check("10.1.1.1", "new", T0)).isEqualTo(AttemptLimits.Decision.REFUSED);
        assertThat(l.check("10.1.1.1", "new", T0.plus(Duration.ofMinutes(16)))).isEqualTo(AttemptLimits.Decision.ALLOWED);
    }
}
