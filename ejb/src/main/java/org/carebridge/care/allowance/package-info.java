/**
 * Allowance schemes (basic living allowance, education aid, insurance…): eligibility by child
 * category, frequency, payee, the fund that pays, and dated rates adopted by an approver — typed or
 * proposed by the natural-growth rule (自然增长机制). In the care module because eligibility is about
 * children; the money moves through the funding module's disbursements and ledger.
 */
package org.carebridge.care.allowance;
