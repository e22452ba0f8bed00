package org.carebridge.core.value;

import java.util.Set;

/**
 * The province-level prefixes of GB/T 2260, shared by {@link RegionCode} and {@link ResidentId} so a
 * resident ID and a region code can never disagree about which provinces exist.
 */
final class ProvinceCodes {

    private static final Set<String> CODES = Set.of(
            "11", "12", "13", "14", "15",
            "21", "22", "23",
            "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46",
            "50", "51", "52", "53", "54",
            "61", "62", "63", "64", "65",
            "71", "81", "82");

    private ProvinceCodes() {
    }

    /** {@code digits} must start with at least two ASCII digits. */
    static boolean isProvincePrefix(String digits) {
        return CODES.contains(digits.substring(0, 2));
    }
}
