package org.carebridge.core.value;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.carebridge.core.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MobileNumberTest {

    private static void assertRejected(ThrowingCallable call, String key) {
        assertThatThrownBy(call)
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).messageKey())
                .isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "13812345678", "+86 138 1234 5678", "+86-138-1234-5678", "+8613812345678", "86 13812345678",
            "8613812345678", " 138-1234-5678 ", "138 1234 5678", "+86　138　1234　5678"})
    void acceptsCommonWaysOfWritingTheSameNumber(String text) {
        MobileNumber mobile = MobileNumber.of(text);

        assertThat(mobile.value()).isEqualTo("13812345678");
        assertThat(mobile).isEqualTo(MobileNumber.of("13812345678")).hasSameHashCodeAs(MobileNumber.of("13812345678"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"13012345678", "14512345678", "15912345678", "16612345678", "17712345678",
            "18812345678", "19912345678"})
    void acceptsEverySecondDigitFromThreeToNine(String text) {
        assertThat(MobileNumber.of(text).value()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "138123456789", "1381234567", "12812345678", "11812345678", "10812345678", "23812345678",
            "+86138123456789", "+861381234567", "+85213812345678", "0086 13812345678", "+86", "86",
            "138 1234 567a", "138.1234.5678", "(138)12345678", "１３８１２３４５６７８", "+ 8613812345678x"})
    void rejectsAnythingElse(String text) {
        assertRejected(() -> MobileNumber.of(text), "value.mobile.format");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void requiresANumber(String text) {
        assertRejected(() -> MobileNumber.of(text), "value.mobile.required");
    }

    @Test
    void masksTheMiddleFourDigits() {
        assertThat(MobileNumber.of("+86 138 1234 5678").masked()).isEqualTo("138****5678");
    }

    @Test
    void toStringIsMasked() {
        MobileNumber mobile = MobileNumber.of("13812345678");

        assertThat(mobile.toString()).isEqualTo("138****5678").doesNotContain("13812345678");
    }

    @Test
    void differentNumbersAreNotEqual() {
        assertThat(MobileNumber.of("13812345678")).isNotEqualTo(MobileNumber.of("13812345679"));
    }
}
