package org.carebridge.funding.tender.entity;

/** A bid counts while SUBMITTED; a new submission by the same organisation REPLACES it; WITHDRAWN by the bidder. */
public enum BidStatus {
    SUBMITTED, REPLACED, WITHDRAWN
}
