/**
 * A tenant's double-entry ledger: accounts (funds and their sources, expenses by purpose, payables
 * by payee), immutable journal entries whose postings sum to zero, each with a key unique in the
 * tenant; balances kept as a projection under row locks and checked against the journal.
 */
package org.carebridge.funding.ledger;
