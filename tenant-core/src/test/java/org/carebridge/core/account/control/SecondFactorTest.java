package org.carebridge.core.account.control;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 6238 appendix B test vectors (SHA-1, seed "12345678901234567890"), truncated to 6 digits. */
class SecondFactorTest {

    private static final String RFC_SEED_BASE32 = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    private static SecondFactor at(long epochSecond) {
        return new SecondFactor(Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
    }

    @Test
    void acceptsTheRfcVectorsAndNamesTheirStep() {
        assertThat(at(59).match(RFC_SEED_BASE32, "287082")).hasValue(1);
        assertThat(at(1111111109).match(RFC_SEED_BASE32, "081804")).hasValue(37037036);
        assertThat(at(1234567890).match(RFC_SEED_BASE32, "005924")).hasValue(41152263);
    }

    @Test
    void allowsOneStepOfDriftAndNoMore() {
        long t = 1111111109;
        assertThat(at(t + 30).match(RFC_SEED_BASE32, "081804")).hasValue(37037036);
        assertThat(at(t - 30).match(RFC_SEED_BASE32, "081804")).hasValue(37037036);
        assertThat(at(t + 90).match(RFC_SEED_BASE32, "081804")).isEmpty();
    }

    @Test
    void refusesMalformedCodesAndMissingSecrets() {
        SecondFactor f = at(59);
        assertThat(f.match(RFC_SEED_BASE32, "287083")).isEmpty();
        assertThat(f.match(RFC_SEED_BASE32, "28708")).isEmpty();
        assertThat(f.match(RFC_SEED_BASE32, "abcdef")).isEmpty();
        assertThat(f.match(RFC_SEED_BASE32, null)).isEmpty();
        assertThat(f.match(null, "287082")).isEmpty();
        assertThat(f.match(RFC_SEED_BASE32, " 287082 ")).hasValue(1);
    }

    @Test
    void enrolmentUriCarriesSecretIssuerAndPeriod() {
        String secret = at(0).newSecret();
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(at(0).enrolmentUri(secret, "d1.admin")).startsWith("otpauth://totp/").contains("secret=" + secret)
                .contains("issuer=CareBridge").contains("period=30").contains("digits=6");
    }
}
