package org.carebridge.care.family.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class OneTimeCodeTest {

    private static final byte[] SECRET = "a server secret of enough length".getBytes(StandardCharsets.UTF_8);
    private static final Instant ISSUED = Instant.parse("2026-11-29T02:00:00Z");

    @Test
    void codesAreSixDigitsAndOnlyTheirKeyedHashIsKept() {
        String code = OneTimeCode.newCode();
        assertThat(code).matches("\\d{6}");
        String h = OneTimeCode.hash(SECRET, "17", code);
        assertThat(h).hasSize(64).doesNotContain(code);
        assertThat(OneTimeCode.hash(SECRET, "18", code)).as("bound to its challenge").isNotEqualTo(h);
        assertThat(OneTimeCode.hash("another secret".getBytes(StandardCharsets.UTF_8), "17", code)).isNotEqualTo(h);
    }

    @Test
    void aCodeIsAcceptedOnceWithinTenMinutesAndFiveTries() {
        String stored = OneTimeCode.hash(SECRET, "1", "123456");
        String right = OneTimeCode.hash(SECRET, "1", "123456");
        String wrong = OneTimeCode.hash(SECRET, "1", "654321");
        assertThat(OneTimeCode.judge(ISSUED.plusSeconds(60), ISSUED, 0, false, stored, right))
                .isEqualTo(OneTimeCode.Outcome.ACCEPTED);
        assertThat(OneTimeCode.judge(ISSUED.plusSeconds(60), ISSUED, 0, false, stored, wrong))
                .isEqualTo(OneTimeCode.Outcome.WRONG);
        assertThat(OneTimeCode.judge(ISSUED.plusSeconds(60), ISSUED, 1, true, stored, right))
                .isEqualTo(OneTimeCode.Outcome.USED);
        assertThat(OneTimeCode.judge(ISSUED.plusSeconds(599), ISSUED, 4, false, stored, right))
                .isEqualTo(OneTimeCode.Outcome.ACCEPTED);
        assertThat(OneTimeCode.judge(ISSUED.plusSeconds(600), ISSUED, 0, false, stored, right))
                .isEqualTo(OneTimeCode.Outcome.EXPIRED);
        assertThat(OneTimeCode.judge(ISSUED.plusSeconds(60), ISSUED, OneTimeCode.MAX_TRIES, false, stored, right))
                .as("the right code after five wrong tries is refused too").isEqualTo(OneTimeCode.Outcome.LOCKED);
    }
}
