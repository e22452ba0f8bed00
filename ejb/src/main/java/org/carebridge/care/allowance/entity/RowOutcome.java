package org.carebridge.care.allowance.entity;

/** A row of a bank result file: MATCHED (paid), FAILED (returned by the bank) or UNMATCHED (nothing changed). */
public enum RowOutcome {
    MATCHED, FAILED, UNMATCHED
}
