package org.carebridge.funding.disbursement.control;

import org.carebridge.funding.disbursement.entity.Purpose;

import java.time.YearMonth;
import java.util.List;

/**
 * What the register knows about money for a child outside payment requests — allowance scheme
 * payments — implemented where the register lives (the care module), asked by the double-funding
 * check of a request that names a child.
 */
public interface ChildFunding {

    /** Refuses ({@code child.notFound}, 404) a child who is not in the bound tenant's register. */
    void requireChild(long childId);

    /** Other payments to the child for the need in the months given, each described for a person (newest first). */
    List<String> otherFunding(long childId, Purpose purpose, YearMonth from, YearMonth to);
}
