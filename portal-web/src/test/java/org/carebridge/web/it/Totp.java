package org.carebridge.web.it;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;

import java.time.Instant;

/** What an authenticator app shows now for a secret (RFC 6238, 30-second steps). */
final class Totp {

    private Totp() {
    }

    static String now(String secret) {
        return at(secret, 0);
    }

    /** The code {@code steps} 30-second steps from now (the portal accepts one step of drift). */
    static String at(String secret, int steps) {
        try {
            return new DefaultCodeGenerator().generate(secret,
                    Math.floorDiv(Instant.now().getEpochSecond(), 30) + steps);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }
}
