package org.carebridge.funding.disbursement.entity;

/**
 * SUBMITTED → (PARTLY_APPROVED, when two approvals are needed) → APPROVED (the expense and the payable
 * are posted) → PAID (the payable is settled from the fund); SUBMITTED or PARTLY_APPROVED → REJECTED;
 * APPROVED or PAID → REVERSED (the entries are reversed).
 */
public enum DisbursementStatus {
    SUBMITTED, PARTLY_APPROVED, APPROVED, PAID, REJECTED, REVERSED
}
