package org.carebridge.care.visit.entity;

/** A visit is planned, then done (recorded) or cancelled with a reason. */
public enum VisitStatus {
    PLANNED, DONE, CANCELLED
}
