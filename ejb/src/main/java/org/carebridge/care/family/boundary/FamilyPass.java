package org.carebridge.care.family.boundary;

import java.io.Serializable;
import java.time.Instant;

/** What a code that was accepted opens: one child's status, until {@code expiresAt}. Kept in the session. */
public record FamilyPass(long tenantId, long childId, Instant expiresAt) implements Serializable {
}
