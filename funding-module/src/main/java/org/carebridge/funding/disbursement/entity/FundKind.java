package org.carebridge.funding.disbursement.entity;

/** A government budget line for a fiscal year, a charity fund, or donations. */
public enum FundKind {
    BUDGET_LINE, CHARITY_FUND, DONATIONS
}
