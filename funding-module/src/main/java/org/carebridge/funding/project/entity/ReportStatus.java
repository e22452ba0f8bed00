package org.carebridge.funding.project.entity;

/** SUBMITTED → ACCEPTED or RETURNED (with reasons; the author submits a new report). */
public enum ReportStatus {
    SUBMITTED, ACCEPTED, RETURNED
}
