package org.carebridge.funding.disbursement.boundary;

import org.carebridge.funding.disbursement.entity.FundKind;

import java.math.BigDecimal;

/**
 * A fund with its figures from the ledger and the disbursements: {@code balance} (money it holds),
 * {@code committed} (approved, not yet paid), {@code available} (balance less committed),
 * {@code spent} (paid, net of reversals).
 */
public record FundView(long id, String name, FundKind kind, Integer fiscalYear, BigDecimal balance,
                       BigDecimal committed, BigDecimal available, BigDecimal spent) {
}
