package org.carebridge.funding.ledger.entity;

/**
 * What an account holds. Balances are stored as the sum of postings (debits positive): FUND and
 * EXPENSE accounts are normally positive, SOURCE and PAYABLE accounts normally negative.
 */
public enum AccountKind {
    /** Money a fund holds (asset). */
    FUND,
    /** Where a fund's money came from: appropriations, donations (credit). */
    SOURCE,
    /** What was spent, by purpose. */
    EXPENSE,
    /** What is owed to a payee, approved and not yet paid (liability). */
    PAYABLE;

    /** Debit-normal accounts show their balance as stored; credit-normal ones negated. */
    public boolean debitNormal() {
        return this == FUND || this == EXPENSE;
    }
}
