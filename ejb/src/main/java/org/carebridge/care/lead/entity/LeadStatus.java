package org.carebridge.care.lead.entity;

/** A lead is open until someone follows it up, then becomes a register entry or is closed. */
public enum LeadStatus {
    OPEN, ASSIGNED, FOLLOWING_UP, CONVERTED, CLOSED;

    public boolean isFinished() {
        return this == CONVERTED || this == CLOSED;
    }
}
