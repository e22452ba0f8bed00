package org.carebridge.funding.ledger.entity;

/** Why an entry was posted. */
public enum EntryKind {
    /** Money into a fund: Dr fund, Cr source. */
    TOP_UP,
    /** A disbursement approved: Dr expense, Cr payable. */
    APPROVAL,
    /** A disbursement paid: Dr payable, Cr fund. */
    PAYMENT,
    /** The mirror of an earlier entry, which it names. */
    REVERSAL,
    /** A payment the bank could not make came back: Dr fund, Cr payable (payable again). */
    RETURN,
    /** What one fund paid is charged to another (a help-first case rejected later): Dr first fund, Cr fallback fund. */
    RECHARGE
}
