package org.carebridge.funding.tender.entity;

/** DRAFT → PUBLISHED (bids until the deadline) → AWARDED or UNSUCCESSFUL; DRAFT or PUBLISHED → CANCELLED. */
public enum TenderStatus {
    DRAFT, PUBLISHED, AWARDED, UNSUCCESSFUL, CANCELLED
}
