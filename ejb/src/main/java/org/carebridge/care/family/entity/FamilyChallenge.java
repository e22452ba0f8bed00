package org.carebridge.care.family.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.carebridge.care.family.control.OneTimeCode;
import org.carebridge.core.persistence.TenantOwned;

import java.time.Instant;

/** One code sent to a child's guardian: its keyed hash, when issued, the tries made, when used (once). */
@Entity
@Table(name = "cb_family_challenge")
public class FamilyChallenge extends TenantOwned {

    @Column(name = "child_id", nullable = false, updatable = false)
    private long childId;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(nullable = false)
    private int tries;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "client_ip", length = 64, updatable = false)
    private String clientIp;

    protected FamilyChallenge() {
    }

    public FamilyChallenge(long childId, Instant issuedAt, String clientIp) {
        this.childId = childId;
        this.issuedAt = issuedAt;
        this.codeHash = "0".repeat(64);
        this.clientIp = clientIp == null || clientIp.length() <= 64 ? clientIp : clientIp.substring(0, 64);
    }

    /** The hash is keyed with the challenge's id, so it is set once the row has one. */
    public void codeHash(String hash) {
        this.codeHash = hash;
    }

    /** Counts the try and judges it; an accepted code is used up at once. */
    public OneTimeCode.Outcome attempt(Instant now, String offeredHash) {
        OneTimeCode.Outcome o = OneTimeCode.judge(now, issuedAt, tries, usedAt != null, codeHash, offeredHash);
        if (o == OneTimeCode.Outcome.WRONG || o == OneTimeCode.Outcome.ACCEPTED) {
            tries++;
        }
        if (o == OneTimeCode.Outcome.ACCEPTED) {
            usedAt = now;
        }
        return o;
    }

    public long getChildId() {
        return childId;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public int getTries() {
        return tries;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
