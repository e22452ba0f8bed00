package org.carebridge.care.timeline.boundary;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One thing that happened to a child: {@code kind} names the record (APPLICATION_SUBMITTED,
 * ASSESSMENT, VISIT, ACTION, CASE_PLAN, SERVICE, …), {@code recordId} its id, {@code code} its status,
 * type or risk, {@code text} its short description. {@code dateOnly} when the record has a day, not a
 * time (visits, services): show {@code day} then; {@code at} is that day's start in the server's zone,
 * the same reading the SQL ordering uses, so the list stays in order. Restricted notes are never part of it.
 */
public record TimelineEntry(Instant at, LocalDate day, boolean dateOnly, String kind, long recordId, String code,
                            String text, String actor) {
}
