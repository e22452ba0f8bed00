package org.carebridge.funding.project.control;

/**
 * One row of a report's breakdown of the children served in a period: by child category, sex or
 * age band ({@code dimension}), the group, how many children and how many sessions.
 */
public record Breakdown(String dimension, String group, long children, long sessions) {

    public static final String CATEGORY = "CATEGORY";
    public static final String SEX = "SEX";
    public static final String AGE_BAND = "AGE_BAND";
}
