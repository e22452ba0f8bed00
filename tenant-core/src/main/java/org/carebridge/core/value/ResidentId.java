package org.carebridge.core.value;

import org.carebridge.core.error.ValidationException;

import java.io.Serial;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An 18-character PRC resident identity number (GB 11643-1999). Children's ID numbers are sensitive
 * personal information, so the number is checked completely once at the edge (region, a real birth
 * date, the ISO 7064 MOD 11-2 check character) and {@link #toString()} only ever shows the masked
 * form, so a log line or an exception message cannot leak it.
 */
public final class ResidentId implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Birth dates are judged by the calendar date in China, whatever zone the server runs in. */
    static final ZoneId CHINA = LocalDates.CHINA;

    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    private static final Pattern SHAPE = Pattern.compile("\\d{17}[0-9X]");
    private static final Pattern FIRST_17 = Pattern.compile("\\d{17}");
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    private final String value;

    private ResidentId(String value) {
        this.value = value;
    }

    public static ResidentId of(String text) {
        return of(text, LocalDate.now(CHINA));
    }

    /** Lets tests pin "today" for the birth-date bound. */
    static ResidentId of(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            throw new ValidationException("value.residentId.required");
        }
        String id = text.strip().toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(id).matches()) {
            throw new ValidationException("value.residentId.format");
        }
        if (!ProvinceCodes.isProvincePrefix(id)) {
            throw new ValidationException("value.residentId.region");
        }
        LocalDate birth = parseBirthDate(id);
        if (birth == null || birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today)) {
            throw new ValidationException("value.residentId.birthDate");
        }
        if (id.charAt(17) != checkCharacter(id.substring(0, 17))) {
            throw new ValidationException("value.residentId.checkDigit");
        }
        return new ResidentId(id);
    }

    /** For filters and imports that only need a yes or no; never throws. */
    public static boolean isValid(String text) {
        try {
            of(text);
            return true;
        } catch (ValidationException e) {
            return false;
        }
    }

    /** The ISO 7064 MOD 11-2 check character for the first 17 digits of an ID. */
    public static char checkCharacter(String first17) {
        if (first17 == null || !FIRST_17.matcher(first17).matches()) {
            throw new ValidationException("value.residentId.format");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static LocalDate parseBirthDate(String id) {
        try {
            return LocalDate.parse(id.substring(6, 14), BIRTH);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The full number; only for storage and for screens whose access is logged. */
    public String value() {
        return value;
    }

    /** First 4 and last 4 characters with 10 asterisks between, e.g. {@code 1101**********123X}. */
    public String masked() {
        return value.substring(0, 4) + "**********" + value.substring(14);
    }

    public LocalDate birthDate() {
        return LocalDate.parse(value.substring(6, 14), BIRTH);
    }

    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** The region of first registration (may be a code that has since been abolished). */
    public RegionCode regionCode() {
        return RegionCode.of(value.substring(0, 6));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResidentId other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Masked, so logs and exception messages never carry the number. */
    @Override
    public String toString() {
        return masked();
    }

    @Serial
    private Object readResolve() {
        return of(value);
    }
}
