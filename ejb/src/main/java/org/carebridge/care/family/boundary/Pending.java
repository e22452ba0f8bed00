package org.carebridge.care.family.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * Step 1's answer, kept in the family's session and never shown: the challenge to check a code
 * against, or a decoy (no tenant) when the details matched nothing — every code then fails the same
 * way, so step 2 cannot tell either. Expiry and the number of tries are judged from here for both, so
 * a decoy and a real challenge also expire and lock alike.
 */
public record Pending(Long tenantId, long challengeId, Instant issuedAt) implements Serializable {

    public boolean decoy() {
        return tenantId == null;
    }
}
