package org.carebridge.core.value;

import org.carebridge.core.error.ValidationException;

import java.io.Serial;
import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * A GB/T 2260 administrative division code, optionally extended to street/township (9 digits) or
 * community/village (12 digits) as in the statistics bureau's division codes. Tenancy and
 * visibility follow this hierarchy, so "which region lies inside which" is answered here and
 * nowhere else.
 *
 * <p>Trailing all-zero groups of the extension are dropped ("110105000000" is the county
 * "110105"), so one region has one code whichever list it was imported from.
 */
public final class RegionCode implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final Pattern DIGITS = Pattern.compile("\\d{6}|\\d{9}|\\d{12}");

    private final String value;

    private RegionCode(String value) {
        this.value = value;
    }

    public static RegionCode of(String code) {
        if (code == null || code.isBlank()) {
            throw new ValidationException("value.region.required");
        }
        String digits = code.strip();
        if (!DIGITS.matcher(digits).matches() || !ProvinceCodes.isProvincePrefix(digits)) {
            throw new ValidationException("value.region.format");
        }
        while (digits.length() > 6 && digits.endsWith("000")) {
            digits = digits.substring(0, digits.length() - 3);
        }
        return new RegionCode(digits);
    }

    public String value() {
        return value;
    }

    public RegionLevel level() {
        if (value.length() == 12) {
            return RegionLevel.VILLAGE;
        }
        if (value.length() == 9) {
            return RegionLevel.TOWNSHIP;
        }
        if (value.endsWith("0000")) {
            return RegionLevel.PROVINCE;
        }
        return value.endsWith("00") ? RegionLevel.PREFECTURE : RegionLevel.COUNTY;
    }

    /** The province-level region ("xx0000") this code lies in; a province returns itself. */
    public RegionCode province() {
        return level() == RegionLevel.PROVINCE ? this : new RegionCode(value.substring(0, 2) + "0000");
    }

    /** True if {@code other} lies inside this region or is this region. */
    public boolean contains(RegionCode other) {
        return other != null && other.value.startsWith(significantPrefix());
    }

    private String significantPrefix() {
        return switch (level()) {
            case PROVINCE -> value.substring(0, 2);
            case PREFECTURE -> value.substring(0, 4);
            case COUNTY, TOWNSHIP, VILLAGE -> value;
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegionCode other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }

    @Serial
    private Object readResolve() {
        return of(value);
    }
}
