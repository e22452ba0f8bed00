package org.carebridge.care.allowance.entity;

/**
 * What the bank said of a payment line: PENDING (no result yet), CONFIRMED, FAILED (returned: the
 * money is back in the fund and the line payable again) or REPAID (paid again after failing).
 */
public enum BankStatus {
    PENDING, CONFIRMED, FAILED, REPAID
}
