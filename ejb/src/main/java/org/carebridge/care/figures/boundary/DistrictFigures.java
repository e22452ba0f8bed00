package org.carebridge.care.figures.boundary;

/**
 * One district's counts: children by status, visits done this month, planned visits overdue; and its
 * tenant id, for the link to its figures.
 */
public record DistrictFigures(String district, String name, long discovered, long applying, long supported,
                              long exited, long visitsThisMonth, long overdueVisits, long districtId) {
}
