package org.carebridge.care.timeline.boundary;

import java.time.Instant;

/**
 * One thing that happened to a child: {@code kind} names the record (APPLICATION_SUBMITTED,
 * ASSESSMENT, VISIT, ACTION, CASE_PLAN, SERVICE, …), {@code recordId} its id, {@code code} its status,
 * type or risk, {@code text} its short description; {@code dateOnly} when the record has a day, not a
 * time (visits, services: {@code at} is then the start of that day in Beijing). Restricted notes are never part of it.
 */
public record TimelineEntry(Instant at, boolean dateOnly, String kind, long recordId, String code, String text,
                            String actor) {
}
