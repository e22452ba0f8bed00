package org.carebridge.core.value;

import org.carebridge.core.error.ValidationException;

import java.io.Serial;
import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * A mainland China mobile number, the channel for verification codes and for reaching a guardian.
 * People type it with spaces, dashes or a +86 prefix; it is stored as the bare 11 digits so the
 * same phone is the same value, and shown masked by default.
 */
public final class MobileNumber implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final Pattern SEPARATORS = Pattern.compile("[ \\t\\u00A0\\u3000-]");
    private static final Pattern WITH_COUNTRY_CODE = Pattern.compile("(?:\\+86|86)(\\d{11})");
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    private final String value;

    private MobileNumber(String value) {
        this.value = value;
    }

    public static MobileNumber of(String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException("value.mobile.required");
        }
        String digits = SEPARATORS.matcher(text).replaceAll("");
        var withCountryCode = WITH_COUNTRY_CODE.matcher(digits);
        if (withCountryCode.matches()) {
            digits = withCountryCode.group(1);
        }
        if (!MOBILE.matcher(digits).matches()) {
            throw new ValidationException("value.mobile.format");
        }
        return new MobileNumber(digits);
    }

    /** The bare 11 digits. */
    public String value() {
        return value;
    }

    /** First 3 and last 4 digits, e.g. {@code 138****5678}. */
    public String masked() {
        return value.substring(0, 3) + "****" + value.substring(7);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MobileNumber other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Masked, so logs never carry the number. */
    @Override
    public String toString() {
        return masked();
    }

    @Serial
    private Object readResolve() {
        return of(value);
    }
}
