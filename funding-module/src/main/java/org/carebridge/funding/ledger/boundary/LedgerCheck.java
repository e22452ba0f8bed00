package org.carebridge.funding.ledger.boundary;

import java.util.List;

/**
 * The result of rebuilding every balance from the journal and comparing it with the stored
 * balances, and of re-checking that every entry is balanced.
 */
public record LedgerCheck(long accounts, long entries, long unbalancedEntries, List<String> mismatches) {

    public boolean ok() {
        return unbalancedEntries == 0 && mismatches.isEmpty();
    }
}
