package org.carebridge.core.value;

/**
 * The administrative level a {@link RegionCode} denotes, matching the portal's hierarchy
 * city/district → street/township → community/village (province and prefecture above them).
 */
public enum RegionLevel {
    PROVINCE,
    PREFECTURE,
    COUNTY,
    TOWNSHIP,
    VILLAGE
}
