package org.carebridge.funding.project.entity;

/**
 * PLANNED → SUBMITTED (by the provider, with evidence) → ACCEPTED or PARTLY_ACCEPTED (payable) or
 * RETURNED (with reasons; the provider submits again).
 */
public enum MilestoneStatus {
    PLANNED, SUBMITTED, ACCEPTED, PARTLY, RETURNED;

    public boolean payable() {
        return this == ACCEPTED || this == PARTLY;
    }
}
