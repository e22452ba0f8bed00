package org.carebridge.care.figures.boundary;

/** One district's counts: children by status, visits done this month, planned visits overdue. */
public record DistrictFigures(String district, String name, long discovered, long applying, long supported,
                              long exited, long visitsThisMonth, long overdueVisits, long id) {
}
