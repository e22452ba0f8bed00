package org.carebridge.funding.project.control;

/** What the service records under a project show so far (voided records excluded). */
public record Delivered(long sessions, long childrenServed, long minutes, long enrolled) {

    public static final Delivered NONE = new Delivered(0, 0, 0, 0);
}
