package org.carebridge.care.family.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.carebridge.config.Settings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the family look-ups share on this node: the attempt limits (from the settings), the key the
 * one-time codes are hashed with (random per process: a restart voids codes, which live ten minutes
 * anyway), and when each target's guardian was last warned of repeated attempts.
 */
@ApplicationScoped
public class FamilyGuard {

    @Inject
    Settings settings;

    private AttemptLimits limits;
    private final byte[] secret = new byte[32];
    private final Map<String, Instant> warned = new ConcurrentHashMap<>();

    @PostConstruct
    void init() {
        limits = new AttemptLimits(new AttemptLimits.Limits(settings.familyPerClient(), settings.familyPerTarget(),
                settings.familyGlobal(), settings.familyChallengeAfter(), settings.familyWindow()));
        new SecureRandom().nextBytes(secret);
    }

    public AttemptLimits limits() {
        return limits;
    }

    public byte[] secret() {
        return secret.clone();
    }

    /** The target as the limits key it: a hash of the reference or ID typed (never kept as typed). */
    public static String target(String typed) {
        String t = typed == null ? "" : typed.strip().toUpperCase(java.util.Locale.ROOT);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(t.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True once per window for a target: whether to warn its guardian now. */
    public boolean warnNow(String target, Instant now) {
        Instant before = warned.get(target);
        if (before != null && before.plus(settings.familyWindow()).isAfter(now)) {
            return false;
        }
        warned.put(target, now);
        return true;
    }
}
