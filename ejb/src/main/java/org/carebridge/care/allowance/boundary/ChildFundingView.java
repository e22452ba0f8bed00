package org.carebridge.care.allowance.boundary;

import org.carebridge.funding.disbursement.boundary.DisbursementView;

import java.util.List;

/**
 * What a child is paid, newest first: allowance scheme payments month by month (scheme, fund, payee,
 * bank status) and payment requests made for the child (need, months, fund, status), each with what
 * the double-funding check found ({@code overlapNote}); {@code doubleFunded} counts the flagged ones.
 */
public record ChildFundingView(long childId, List<LineView> allowances, List<DisbursementView> requests,
                               long doubleFunded) {
}
