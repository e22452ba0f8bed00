package org.carebridge.care.enrolment.entity;

/** ENROLLED → ENDED (by the district, with a reason) or MOVED (handed over to a successor project). */
public enum EnrolmentStatus {
    ENROLLED, ENDED, MOVED
}
