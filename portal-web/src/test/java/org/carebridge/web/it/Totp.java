package org.carebridge.web.it;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;

import java.time.Instant;

/** What an authenticator app shows now for a secret (RFC 6238, 30-second steps). */
final class Totp {

    private Totp() {
    }

    static String now(String secret) {
        try {
            return new DefaultCodeGenerator().generate(secret, Math.floorDiv(Instant.now().getEpochSecond(), 30));
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }
}
