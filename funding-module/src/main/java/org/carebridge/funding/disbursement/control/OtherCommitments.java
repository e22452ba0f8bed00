package org.carebridge.funding.disbursement.control;

import org.carebridge.core.value.Money;

/**
 * Money a fund has committed outside single disbursements — approved, unpaid allowance payment runs
 * — implemented where those live (the care module), asked by the funding side whenever it works out
 * what a fund still has available.
 */
public interface OtherCommitments {

    Money committed(long fundId);
}
