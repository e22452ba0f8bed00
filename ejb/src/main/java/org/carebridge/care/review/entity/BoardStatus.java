package org.carebridge.care.review.entity;

/** OPEN (candidates gathered, proposals and dismissals) → STREET_SIGNED → CONFIRMED by the district. */
public enum BoardStatus {
    OPEN, STREET_SIGNED, CONFIRMED
}
