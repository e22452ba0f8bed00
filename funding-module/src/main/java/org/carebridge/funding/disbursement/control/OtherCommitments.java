package org.carebridge.funding.disbursement.control;

import org.carebridge.core.value.Money;

import java.util.Collection;
import java.util.Map;

/**
 * Money funds have committed or spent outside single disbursements — allowance payment runs —
 * implemented where those live (the care module), asked by {@link Commitments} whenever it works
 * out what funds still have available.
 */
public interface OtherCommitments {

    /** Committed amounts by fund id, for the funds asked about (absent: nothing). */
    Map<Long, Money> committed(Collection<Long> fundIds);

    /** Money paid out of the funds asked about, by fund id (absent: nothing). */
    Map<Long, Money> spent(Collection<Long> fundIds);
}
