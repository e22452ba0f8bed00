package org.carebridge.core.account.control;

import dev.samstevens.totp.code.CodeVerifier;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.time.SystemTimeProvider;
import jakarta.enterprise.context.ApplicationScoped;

/** RFC 6238 time-based one-time codes (6 digits, 30 s, SHA-1 as authenticator apps expect). */
@ApplicationScoped
public class SecondFactor {

    private final DefaultSecretGenerator secrets = new DefaultSecretGenerator(32);
    private final CodeVerifier verifier;

    public SecondFactor() {
        DefaultCodeVerifier v = new DefaultCodeVerifier(new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6),
                new SystemTimeProvider());
        v.setAllowedTimePeriodDiscrepancy(1);
        this.verifier = v;
    }

    public String newSecret() {
        return secrets.generate();
    }

    public boolean verify(String secret, String code) {
        return secret != null && code != null && code.strip().matches("\\d{6}") && verifier.isValidCode(secret,
                code.strip());
    }

    /** The otpauth:// URI an authenticator app imports (as a QR code or typed in). */
    public String enrolmentUri(String secret, String username) {
        return new QrData.Builder().label(username).secret(secret).issuer("CareBridge")
                .algorithm(HashingAlgorithm.SHA1).digits(6).period(30).build().getUri();
    }
}
