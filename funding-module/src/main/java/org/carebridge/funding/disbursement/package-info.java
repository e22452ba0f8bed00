/**
 * Funds and disbursements: a tenant's funds (budget lines by fiscal year, charity funds,
 * donations) and payment requests approved by someone other than the requester (twice above the
 * tenant's threshold), paid once whatever the retries, rejected or reversed — each step a journal
 * entry; accepted milestones become requests split between the project's funders.
 */
package org.carebridge.funding.disbursement;
