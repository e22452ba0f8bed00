package org.carebridge.core.value;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.carebridge.core.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegionCodeTest {

    private static void assertRejected(ThrowingCallable call, String key) {
        assertThatThrownBy(call)
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).messageKey())
                .isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource({
            "110000, PROVINCE",
            "650000, PROVINCE",
            "110100, PREFECTURE",
            "441900, PREFECTURE",
            "110105, COUNTY",
            "419001, COUNTY",
            "110105001, TOWNSHIP",
            "441900003, TOWNSHIP",
            "110105001001, VILLAGE",
            "110105001200, VILLAGE"})
    void levelFollowsTheTrailingZeroGroupsAndLength(String code, RegionLevel level) {
        RegionCode region = RegionCode.of(code);

        assertThat(region.level()).isEqualTo(level);
        assertThat(region.value()).isEqualTo(code);
        assertThat(region.toString()).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({
            "110105000000, 110105, COUNTY",
            "110105000, 110105, COUNTY",
            "110105001000, 110105001, TOWNSHIP",
            "110000000000, 110000, PROVINCE",
            "' 110105 ', 110105, COUNTY"})
    void paddedExtensionsAreTheSameRegion(String code, String canonical, RegionLevel level) {
        RegionCode region = RegionCode.of(code);

        assertThat(region.value()).isEqualTo(canonical);
        assertThat(region.level()).isEqualTo(level);
        assertThat(region).isEqualTo(RegionCode.of(canonical)).hasSameHashCodeAs(RegionCode.of(canonical));
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010", "1101050", "11010500", "1101050010", "11010500100", "1101050010011",
            "abcdef", "11 0105", "11010a", "１１０１０５", "000000", "100000", "190000", "720000", "830000", "990000",
            "900000001"})
    void rejectsMalformedCodesAndUnknownProvinces(String code) {
        assertRejected(() -> RegionCode.of(code), "value.region.format");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void requiresACode(String code) {
        assertRejected(() -> RegionCode.of(code), "value.region.required");
    }

    @ParameterizedTest
    @CsvSource({
            "110105001001, 110000",
            "110105001, 110000",
            "110105, 110000",
            "110100, 110000",
            "110000, 110000",
            "441900003, 440000"})
    void provinceIsTheTwoDigitPrefix(String code, String province) {
        RegionCode result = RegionCode.of(code).province();

        assertThat(result).isEqualTo(RegionCode.of(province));
        assertThat(result.level()).isEqualTo(RegionLevel.PROVINCE);
    }

    @ParameterizedTest
    @CsvSource({
            "110000, 110100, true",
            "110000, 110105, true",
            "110000, 110105001001, true",
            "110100, 110105, true",
            "110100, 110105001, true",
            "110105, 110105001, true",
            "110105, 110105001001, true",
            "110105001, 110105001001, true",
            "441900, 441900003, true",
            "110105, 110105, true",
            "110105001001, 110105001001, true",
            "110105, 110000, false",
            "110105, 110100, false",
            "110105001, 110105, false",
            "110105001001, 110105001, false",
            "110105, 110106, false",
            "110105, 110106001, false",
            "110100, 110200, false",
            "110100, 110200001, false",
            "110105001, 110105002001, false",
            "110000, 120000, false",
            "110000, 120101, false",
            "110105001001, 110105001002, false"})
    void containsFollowsTheHierarchy(String outer, String inner, boolean expected) {
        assertThat(RegionCode.of(outer).contains(RegionCode.of(inner))).isEqualTo(expected);
    }

    @Test
    void containsNothingForNull() {
        assertThat(RegionCode.of("110000").contains(null)).isFalse();
    }
}
