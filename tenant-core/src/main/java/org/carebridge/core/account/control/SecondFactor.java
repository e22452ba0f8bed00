package org.carebridge.core.account.control;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.OptionalLong;

/**
 * RFC 6238 time-based one-time codes (6 digits, 30-second steps, SHA-1 as authenticator apps
 * expect), one step of clock drift either way. {@link #match} says which step a code belongs to, so
 * that the caller can refuse a code that was already used.
 */
@ApplicationScoped
public class SecondFactor {

    static final int PERIOD_SECONDS = 30;

    private final DefaultSecretGenerator secrets = new DefaultSecretGenerator(32);
    private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);
    private final Clock clock;

    public SecondFactor() {
        this(Clock.systemUTC());
    }

    SecondFactor(Clock clock) {
        this.clock = clock;
    }

    public String newSecret() {
        return secrets.generate();
    }

    /** The time step whose code this is (now, or one step before or after), or empty. */
    public OptionalLong match(String secret, String code) {
        if (secret == null || code == null || !code.strip().matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        byte[] given = code.strip().getBytes(StandardCharsets.US_ASCII);
        long now = Math.floorDiv(clock.instant().getEpochSecond(), PERIOD_SECONDS);
        OptionalLong found = OptionalLong.empty();
        for (long step = now - 1; step <= now + 1; step++) {
            try {
                byte[] expected = codes.generate(secret, step).getBytes(StandardCharsets.US_ASCII);
                if (MessageDigest.isEqual(expected, given) && found.isEmpty()) {
                    found = OptionalLong.of(step);
                }
            } catch (CodeGenerationException e) {
                return OptionalLong.empty();
            }
        }
        return found;
    }

    /** The otpauth:// URI an authenticator app imports (as a QR code or typed in). */
    public String enrolmentUri(String secret, String username) {
        return new QrData.Builder().label(username).secret(secret).issuer("CareBridge")
                .algorithm(HashingAlgorithm.SHA1).digits(6).period(PERIOD_SECONDS).build().getUri();
    }
}
