package org.carebridge.care.application.entity;

/**
 * Normal track: SUBMITTED → STREET_CHECKED → APPROVED or REJECTED (the street may reject too).
 * Help first: SUPPORTING (support given at once) → CONFIRMED or REJECTED.
 */
public enum ApplicationStatus {
    SUBMITTED, STREET_CHECKED, SUPPORTING, APPROVED, CONFIRMED, REJECTED;

    public boolean isOpen() {
        return this == SUBMITTED || this == STREET_CHECKED || this == SUPPORTING;
    }
}
