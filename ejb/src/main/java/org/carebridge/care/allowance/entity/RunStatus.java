package org.carebridge.care.allowance.entity;

/** DRAFT (lines computed) → APPROVED (as a batch, posted) → PAID (with the bank's reference). */
public enum RunStatus {
    DRAFT, APPROVED, PAID
}
