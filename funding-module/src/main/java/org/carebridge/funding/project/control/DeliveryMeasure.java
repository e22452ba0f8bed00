package org.carebridge.funding.project.control;

import org.carebridge.funding.project.entity.ServiceProject;

/**
 * Counts what was delivered under a project from the service records in its district's register.
 * Implemented where children and their records live (the care module); the funding side only asks.
 */
public interface DeliveryMeasure {

    /** Everything delivered so far. */
    Delivered measure(ServiceProject project);

    /** What was delivered from the project's start up to and including {@code to}. */
    Delivered measureUntil(ServiceProject project, java.time.LocalDate to);

    /**
     * The children served between {@code from} and {@code to} (inclusive) and their sessions, by child
     * category, sex and age band (at {@code to}) — from the enrolments' purpose-bound details.
     */
    java.util.List<Breakdown> breakdown(ServiceProject project, java.time.LocalDate from, java.time.LocalDate to);
}
