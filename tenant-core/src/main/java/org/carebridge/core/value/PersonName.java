package org.carebridge.core.value;

import org.carebridge.core.error.ValidationException;

import java.io.Serial;
import java.io.Serializable;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * A person's name as written on a PRC resident ID or a passport. Names are counted and checked by
 * code point, because rare characters such as 𠮷 lie outside the Basic Multilingual Plane and a
 * child must not be turned away for one; the variant middle dots of ethnic-minority names are
 * unified to U+00B7 so the same name is the same value. Anything that is not part of a name
 * (digits, markup, control characters) is refused.
 */
public final class PersonName implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int MAX_LENGTH = 50;
    public static final char MIDDLE_DOT = '\u00B7';
    private static final Pattern MULTIPLE_SPACES = Pattern.compile(" {2,}");

    private final String value;

    private PersonName(String value) {
        this.value = value;
    }

    public static PersonName of(String text) {
        if (text == null) {
            throw new ValidationException("value.name.required");
        }
        String name = normalise(text);
        if (name.isEmpty()) {
            throw new ValidationException("value.name.required");
        }
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            throw new ValidationException("value.name.length", MAX_LENGTH);
        }
        if (!wellFormed(name)) {
            throw new ValidationException("value.name.format");
        }
        return new PersonName(name);
    }

    /** NFC (so "é" typed as e + accent equals "é"), unified dots and apostrophes, single spaces. */
    private static String normalise(String text) {
        StringBuilder mapped = new StringBuilder(text.length());
        Normalizer.normalize(text, Normalizer.Form.NFC).codePoints().forEach(cp -> mapped.appendCodePoint(
                switch (cp) {
                    case '\u2022', '\u2027' -> MIDDLE_DOT;
                    case '\u2019' -> '\'';
                    default -> Character.getType(cp) == Character.SPACE_SEPARATOR ? ' ' : cp;
                }));
        return MULTIPLE_SPACES.matcher(mapped.toString().strip()).replaceAll(" ");
    }

    private static boolean wellFormed(String name) {
        int[] cps = name.codePoints().toArray();
        boolean hasLetter = false;
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (isHan(cp) || isLatinLetter(cp)) {
                hasLetter = true;
            } else if (cp == MIDDLE_DOT) {
                if (i == 0 || i == cps.length - 1 || cps[i - 1] == MIDDLE_DOT) {
                    return false;
                }
            } else if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                // accents NFC could not compose; only on a Latin letter
                if (i == 0 || !(isLatinLetter(cps[i - 1])
                        || Character.getType(cps[i - 1]) == Character.NON_SPACING_MARK)) {
                    return false;
                }
            } else if (cp != ' ' && cp != '-' && cp != '\'') {
                return false;
            }
        }
        return hasLetter;
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                && (Character.isLetter(cp) || Character.isIdeographic(cp));
    }

    private static boolean isLatinLetter(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN && Character.isLetter(cp);
    }

    public String value() {
        return value;
    }

    /** The first character followed by one asterisk per further character, e.g. 张三丰 → 张**. */
    public String masked() {
        int rest = value.codePointCount(0, value.length()) - 1;
        return new StringBuilder().appendCodePoint(value.codePointAt(0)).append("*".repeat(rest)).toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PersonName other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Masked like the other personal values, so a log line never carries a child's name. */
    @Override
    public String toString() {
        return masked();
    }

    @Serial
    private Object readResolve() {
        return of(value);
    }
}
