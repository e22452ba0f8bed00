package org.carebridge.care.visit.entity;

/** A follow-up action is open until its owner marks it done. */
public enum ActionStatus {
    OPEN, DONE
}
