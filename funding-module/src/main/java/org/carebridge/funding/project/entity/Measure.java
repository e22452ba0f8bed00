package org.carebridge.funding.project.entity;

/**
 * How a KPI's progress is known. The first three are computed from the service records given under
 * the project (never typed in); {@code REPORTED} values (e.g. satisfaction) come with outcome reports.
 */
public enum Measure {
    /** Service sessions recorded under the project (voided records do not count). */
    SESSIONS,
    /** Distinct children who received at least one recorded session. */
    CHILDREN_SERVED,
    /** Hours of service recorded (minutes / 60, two decimals). */
    SERVICE_HOURS,
    /** Reported by the provider in outcome reports. */
    REPORTED;

    public boolean computed() {
        return this != REPORTED;
    }
}
