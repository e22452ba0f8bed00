/** Funding: tenders, bids, service projects, milestones, funds, the ledger and disbursements (later issues). */
package org.carebridge.funding;
