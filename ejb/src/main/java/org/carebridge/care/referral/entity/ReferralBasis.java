package org.carebridge.care.referral.entity;

/** Why the child's details may be shared: the guardian agreed, or a legal duty (named in the detail). */
public enum ReferralBasis {
    GUARDIAN_CONSENT, LEGAL_DUTY
}
