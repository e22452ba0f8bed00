package org.carebridge.care.family.control;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A six-digit code sent to the guardian's mobile: valid {@value #VALID_MINUTES} minutes, used once,
 * at most {@value #MAX_TRIES} tries. Only a keyed hash of the code is kept (HMAC-SHA-256 with the
 * server's secret and the challenge's id), so the stored row does not give the code away.
 */
public final class OneTimeCode {

    public static final int VALID_MINUTES = 10;
    public static final int MAX_TRIES = 5;
    public static final Duration VALIDITY = Duration.ofMinutes(VALID_MINUTES);

    /** What a try did. */
    public enum Outcome { ACCEPTED, WRONG, EXPIRED, USED, LOCKED }

    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimeCode() {
    }

    public static String newCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    public static String hash(byte[] secret, String challengeId, String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((challengeId + ":" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The outcome of a try, given the challenge's state: used → USED; expired → EXPIRED; tries used up →
     * LOCKED; otherwise the code compared in constant time. The caller counts the try and marks the
     * challenge used on ACCEPTED, in the same transaction.
     */
    public static Outcome judge(Instant now, Instant issuedAt, int triesSoFar, boolean used, String storedHash,
                                String offeredHash) {
        if (used) {
            return Outcome.USED;
        }
        if (!now.isBefore(issuedAt.plus(VALIDITY))) {
            return Outcome.EXPIRED;
        }
        if (triesSoFar >= MAX_TRIES) {
            return Outcome.LOCKED;
        }
        return MessageDigest.isEqual(storedHash.getBytes(StandardCharsets.US_ASCII),
                offeredHash.getBytes(StandardCharsets.US_ASCII)) ? Outcome.ACCEPTED : Outcome.WRONG;
    }
}
