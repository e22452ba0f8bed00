package org.carebridge.core.value;

import org.carebridge.core.error.ValidationException;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount in yuan (CNY), always with exactly two decimals. Allowances and disbursements are
 * reconciled to the fen, so a value that would need rounding is refused instead of being rounded
 * silently, and the range is that of the {@code DECIMAL(19,2)} columns the amounts are stored in.
 */
public final class Money implements Comparable<Money>, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int SCALE = 2;
    public static final Money ZERO = new Money(BigDecimal.ZERO.setScale(SCALE));

    /** Exclusive bound on the absolute value: 10^17 does not fit DECIMAL(19,2). */
    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(17);
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private final BigDecimal amount;

    private Money(BigDecimal amount) {
        this.amount = amount;
    }

    /** Accepts any scale as long as no non-zero digit lies beyond the fen: 1.500 becomes 1.50, 1.005 is refused. */
    public static Money of(BigDecimal amount) {
        if (amount == null) {
            throw new ValidationException("value.money.required");
        }
        BigDecimal scaled;
        try {
            scaled = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new ValidationException("value.money.scale");
        }
        if (scaled.abs().compareTo(LIMIT) >= 0) {
            throw new ValidationException("value.money.range");
        }
        return new Money(scaled);
    }

    /** Plain decimal text only ("1234.5", "-3.00"): no grouping, no currency sign, no exponent. */
    public static Money of(String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException("value.money.required");
        }
        String trimmed = text.strip();
        if (!PLAIN_DECIMAL.matcher(trimmed).matches()) {
            throw new ValidationException("value.money.format");
        }
        return of(new BigDecimal(trimmed));
    }

    public Money plus(Money other) {
        return of(amount.add(Objects.requireNonNull(other, "other").amount));
    }

    public Money minus(Money other) {
        return of(amount.subtract(Objects.requireNonNull(other, "other").amount));
    }

    public Money negate() {
        return new Money(amount.negate());
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /** Always scale 2. */
    public BigDecimal amount() {
        return amount;
    }

    /**
     * The house style "¥1,234.50" / "-¥1,234.50"; the locale only supplies the separators and the
     * minus sign, so zh-CN and en read the same and nobody sees "CN¥".
     */
    public String format(Locale locale) {
        DecimalFormat format = new DecimalFormat("\u00A5#,##0.00;-\u00A5#,##0.00",
                DecimalFormatSymbols.getInstance(Objects.requireNonNull(locale, "locale")));
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        return format.format(amount);
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && amount.equals(other.amount);
    }

    @Override
    public int hashCode() {
        return amount.hashCode();
    }

    /** Plain "1234.50", as it would be typed or exported. */
    @Override
    public String toString() {
        return amount.toPlainString();
    }

    @Serial
    private Object readResolve() {
        return of(amount);
    }
}
