package org.carebridge.core.value;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.carebridge.core.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    private static final Locale ZH_CN = Locale.forLanguageTag("zh-CN");

    private static void assertRejected(ThrowingCallable call, String key) {
        assertThatThrownBy(call)
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).messageKey())
                .isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource({
            "1234.5, 1234.50",
            "-3.00, -3.00",
            "0, 0.00",
            "1.500, 1.50",
            "+5, 5.00",
            "007.1, 7.10",
            "'  12.34 ', 12.34",
            "99999999999999999.99, 99999999999999999.99",
            "-99999999999999999.99, -99999999999999999.99"})
    void parsesPlainDecimalTextToScaleTwo(String text, String expected) {
        Money money = Money.of(text);

        assertThat(money.amount()).isEqualTo(new BigDecimal(expected));
        assertThat(money.amount().scale()).isEqualTo(2);
        assertThat(money.toString()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1e3", "1E3", "1.5e-1", "1,234.50", "¥12", "1.", ".5", "--1", "1.2.3",
            "１２", "12 34", "NaN", "Infinity", "0x10", "1_000"})
    void rejectsTextThatIsNotAPlainDecimal(String text) {
        assertRejected(() -> Money.of(text), "value.money.format");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t"})
    void requiresText(String text) {
        assertRejected(() -> Money.of(text), "value.money.required");
    }

    @Test
    void requiresAnAmount() {
        assertRejected(() -> Money.of((BigDecimal) null), "value.money.required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.005", "0.001", "-2.999", "1.0001", "12.3450"})
    void rejectsMoreThanTwoSignificantDecimals(String text) {
        assertRejected(() -> Money.of(text), "value.money.scale");
        assertRejected(() -> Money.of(new BigDecimal(text)), "value.money.scale");
    }

    @Test
    void acceptsBigDecimalsOfAnyScaleWithoutLoss() {
        assertThat(Money.of(new BigDecimal("1.500")).amount()).isEqualTo(new BigDecimal("1.50"));
        assertThat(Money.of(new BigDecimal("7")).amount()).isEqualTo(new BigDecimal("7.00"));
        assertThat(Money.of(new BigDecimal("1E+3")).amount()).isEqualTo(new BigDecimal("1000.00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"100000000000000000", "-100000000000000000", "100000000000000000.00", "123456789012345678901"})
    void rejectsAmountsThatDoNotFitDecimal19Comma2(String text) {
        assertRejected(() -> Money.of(text), "value.money.range");
    }

    @Test
    void arithmeticKeepsScaleTwo() {
        Money a = Money.of("2650");
        Money b = Money.of("0.5");

        assertThat(a.plus(b).amount()).isEqualTo(new BigDecimal("2650.50"));
        assertThat(a.minus(b).amount()).isEqualTo(new BigDecimal("2649.50"));
        assertThat(b.minus(a).amount()).isEqualTo(new BigDecimal("-2649.50"));
        assertThat(a.negate().amount()).isEqualTo(new BigDecimal("-2650.00"));
        assertThat(Money.of("0.10").plus(Money.of("0.20"))).isEqualTo(Money.of("0.30"));
        assertThat(List.of(a.plus(b), a.minus(b), a.negate(), b.minus(b))).allSatisfy(m -> assertThat(m.amount().scale()).isEqualTo(2));
    }

    @Test
    void arithmeticCannotLeaveTheRange() {
        Money max = Money.of("99999999999999999.99");

        assertRejected(() -> max.plus(Money.of("0.01")), "value.money.range");
        assertRejected(() -> max.negate().minus(Money.of("0.01")), "value.money.range");
    }

    @Test
    void signPredicates() {
        assertThat(Money.of("-0.01").isNegative()).isTrue();
        assertThat(Money.of("-0.01").isZero()).isFalse();
        assertThat(Money.of("-0.01").isPositive()).isFalse();
        assertThat(Money.ZERO.isZero()).isTrue();
        assertThat(Money.ZERO.isNegative()).isFalse();
        assertThat(Money.ZERO.isPositive()).isFalse();
        assertThat(Money.of("0.01").isPositive()).isTrue();
        assertThat(Money.of("0.01").isNegative()).isFalse();
        assertThat(Money.of("-0.00")).isEqualTo(Money.ZERO);
        assertThat(Money.ZERO.negate()).isEqualTo(Money.ZERO);
        assertThat(Money.ZERO.negate().isNegative()).isFalse();
    }

    @Test
    void zeroIsZeroWithTwoDecimals() {
        assertThat(Money.ZERO.amount()).isEqualTo(new BigDecimal("0.00"));
        assertThat(Money.ZERO.toString()).isEqualTo("0.00");
    }

    @Test
    void ordersByAmount() {
        List<Money> amounts = new ArrayList<>(List.of(Money.of("10"), Money.of("-5"), Money.of("2.5"), Money.ZERO));
        Collections.sort(amounts);

        assertThat(amounts).containsExactly(Money.of("-5"), Money.ZERO, Money.of("2.5"), Money.of("10"));
        assertThat(Money.of("1.1").compareTo(Money.of("1.10"))).isZero();
        assertThat(Money.of("1.1")).isGreaterThan(Money.of("1.09"));
    }

    @Test
    void equalityIgnoresHowTheAmountWasWritten() {
        assertThat(Money.of("1.5")).isEqualTo(Money.of("1.50")).isEqualTo(Money.of(new BigDecimal("1.500")))
                .hasSameHashCodeAs(Money.of("1.50"));
        assertThat(Money.of("1.5")).isNotEqualTo(Money.of("1.51")).isNotEqualTo(new BigDecimal("1.50"));
    }

    @ParameterizedTest
    @CsvSource({
            "1234.5, '¥1,234.50'",
            "-1234.5, '-¥1,234.50'",
            "0, ¥0.00",
            "0.05, ¥0.05",
            "999, ¥999.00",
            "12345678.9, '¥12,345,678.90'",
            "99999999999999999.99, '¥99,999,999,999,999,999.99'"})
    void formatsInTheHouseStyleInBothLocales(String amount, String expected) {
        Money money = Money.of(amount);

        assertThat(money.format(ZH_CN)).isEqualTo(expected);
        assertThat(money.format(Locale.SIMPLIFIED_CHINESE)).isEqualTo(expected);
        assertThat(money.format(Locale.ENGLISH)).isEqualTo(expected);
    }

    @Test
    void survivesSerialisation() throws Exception {
        Money money = Money.of("2650.00");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(money);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(money);
        }
    }
}
