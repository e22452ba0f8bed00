package org.carebridge.funding.disbursement.boundary;

import org.carebridge.funding.disbursement.entity.Purpose;

/**
 * A payment request as submitted. For an accepted milestone ({@code milestoneId}) the portal sets the
 * payee (the provider) and the amount (this tenant's share of the accepted amount) itself.
 */
public record DisbursementInput(String payeeName, String payeeBankAccount, String amount, Purpose purpose,
                                String note, Long fundId, Long milestoneId, Long childId, String periodFrom,
                                String periodTo) {
}
