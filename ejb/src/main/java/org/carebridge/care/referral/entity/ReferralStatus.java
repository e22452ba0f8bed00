package org.carebridge.care.referral.entity;

/** SENT → ACCEPTED or REJECTED; ACCEPTED → DONE; SENT or ACCEPTED → REVOKED by the sender. */
public enum ReferralStatus {
    SENT, ACCEPTED, REJECTED, DONE, REVOKED;

    /** While a referral is open the receiver sees the child's shared details. */
    public boolean grantsView() {
        return this == SENT || this == ACCEPTED;
    }
}
