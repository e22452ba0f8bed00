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
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResidentIdTest {

    private static final String STANDARD_EXAMPLE = "11010519491231002X";

    /**
     * ISO 7064 MOD 11-2 written independently of the production code: the weight of position i
     * (0-based) is 2^(17-i) mod 11, and the check value c makes the weighted sum of all 18 ≡ 1 (mod 11).
     */
    static String withCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int weight = java.math.BigInteger.TWO.pow(17 - i).mod(java.math.BigInteger.valueOf(11)).intValue();
            sum += Character.digit(first17.charAt(i), 10) * weight;
        }
        int check = (12 - sum % 11) % 11;
        return first17 + (check == 10 ? "X" : Integer.toString(check));
    }

    private static String prefix(String region6, LocalDate birth, String sequence3) {
        return region6 + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + sequence3;
    }

    private static void assertRejected(ThrowingCallable call, String key) {
        assertThatThrownBy(call)
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).messageKey())
                .isEqualTo(key);
    }

    @Test
    void testHelperItselfSatisfiesTheIsoCondition() {
        String id = withCheck("44052418800101001");
        int sum = 0;
        for (int i = 0; i < 18; i++) {
            int digit = id.charAt(i) == 'X' ? 10 : id.charAt(i) - '0';
            sum += digit * (1 << (17 - i));
        }
        assertThat(sum % 11).isEqualTo(1);
        assertThat(withCheck("11010519491231002")).isEqualTo(STANDARD_EXAMPLE);
    }

    @Test
    void acceptsTheStandardExampleAndReadsItsParts() {
        ResidentId id = ResidentId.of(STANDARD_EXAMPLE);

        assertThat(id.value()).isEqualTo(STANDARD_EXAMPLE);
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.sex()).isEqualTo(Sex.FEMALE);
        assertThat(id.regionCode()).isEqualTo(RegionCode.of("110105"));
        assertThat(id.regionCode().level()).isEqualTo(RegionLevel.COUNTY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "44030420100101123", "65010220160229002", "81000019991231001", "71000020000101008",
            "51010720150615004", "33010219000101001", "53252719850709557", "15010219700101010"})
    void acceptsIdsBuiltWithAnIndependentCheckDigit(String first17) {
        String full = withCheck(first17);

        assertThat(ResidentId.of(full).value()).isEqualTo(full);
        assertThat(ResidentId.isValid(full)).isTrue();
        assertThat(ResidentId.checkCharacter(first17)).isEqualTo(full.charAt(17));
    }

    @Test
    void checkCharacterAgreesWithTheIndependentComputationOnManyPrefixes() {
        Random random = new Random(20240601L);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder first17 = new StringBuilder();
            for (int i = 0; i < 17; i++) {
                first17.append(random.nextInt(10));
            }
            String expected = withCheck(first17.toString());
            assertThat(ResidentId.checkCharacter(first17.toString()))
                    .as(first17.toString())
                    .isEqualTo(expected.charAt(17));
        }
    }

    @Test
    void everyWrongCheckCharacterIsRejected() {
        String first17 = STANDARD_EXAMPLE.substring(0, 17);
        for (char wrong : "0123456789".toCharArray()) {
            assertRejected(() -> ResidentId.of(first17 + wrong), "value.residentId.checkDigit");
            assertThat(ResidentId.isValid(first17 + wrong)).isFalse();
        }
    }

    @Test
    void rejectsTheTwentyNinthOfFebruaryInACommonYearEvenWithACorrectCheckDigit() {
        String id = withCheck("11010520180229001");

        assertRejected(() -> ResidentId.of(id), "value.residentId.birthDate");
    }

    @Test
    void acceptsTheTwentyNinthOfFebruaryInALeapYear() {
        ResidentId id = ResidentId.of(withCheck("11010520160229001"));

        assertThat(id.birthDate()).isEqualTo(LocalDate.of(2016, 2, 29));
    }

    @ParameterizedTest
    @ValueSource(strings = {"20181301", "20180100", "20180431", "00000000", "19000229"})
    void rejectsBirthDatesThatDoNotExist(String yyyymmdd) {
        assertRejected(() -> ResidentId.of(withCheck("110105" + yyyymmdd + "001")), "value.residentId.birthDate");
    }

    @Test
    void rejectsABirthDateInTheFuture() {
        LocalDate nextYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusYears(1);
        String id = withCheck(prefix("110105", nextYear, "001"));

        assertRejected(() -> ResidentId.of(id), "value.residentId.birthDate");
    }

    @Test
    void todayIsTheLatestBirthDate() {
        LocalDate today = LocalDate.of(2024, 5, 1);
        String bornToday = withCheck(prefix("110105", today, "001"));
        String bornTomorrow = withCheck(prefix("110105", today.plusDays(1), "001"));

        assertThat(ResidentId.of(bornToday, today).birthDate()).isEqualTo(today);
        assertRejected(() -> ResidentId.of(bornTomorrow, today), "value.residentId.birthDate");
    }

    @Test
    void rejectsBirthDatesBefore1900ButAcceptsTheFirstDayOf1900() {
        // the example printed in GB 11643 itself, born 1880
        assertRejected(() -> ResidentId.of("440524188001010014"), "value.residentId.birthDate");
        assertRejected(() -> ResidentId.of(withCheck("11010518991231001")), "value.residentId.birthDate");
        assertThat(ResidentId.of(withCheck("11010519000101001")).birthDate()).isEqualTo(LocalDate.of(1900, 1, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"00", "10", "16", "19", "20", "24", "38", "47", "55", "60", "66", "72", "80", "83", "91", "99"})
    void rejectsAProvinceThatDoesNotExist(String province) {
        String id = withCheck(province + "010519491231002");

        assertRejected(() -> ResidentId.of(id), "value.residentId.region");
    }

    @ParameterizedTest
    @ValueSource(strings = {"11", "15", "21", "23", "31", "37", "41", "46", "50", "54", "61", "65", "71", "81", "82"})
    void acceptsEveryBoundaryProvince(String province) {
        assertThat(ResidentId.isValid(withCheck(province + "010519491231002"))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "11010519491231002", "11010519491231002X0", "1101051949123100XX", "X1010519491231002X",
            "11010519491231A02X", "110105 19491231002X", "１１０１０５１９４９１２３１００２Ｘ", "11010519491231002Y"})
    void rejectsWrongLengthOrCharacters(String text) {
        assertRejected(() -> ResidentId.of(text), "value.residentId.format");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void requiresAValue(String text) {
        assertRejected(() -> ResidentId.of(text), "value.residentId.required");
        assertThat(ResidentId.isValid(text)).isFalse();
    }

    @Test
    void acceptsLowercaseXAndSurroundingWhitespace() {
        ResidentId lower = ResidentId.of("  11010519491231002x \n");

        assertThat(lower.value()).isEqualTo(STANDARD_EXAMPLE);
        assertThat(lower).isEqualTo(ResidentId.of(STANDARD_EXAMPLE)).hasSameHashCodeAs(ResidentId.of(STANDARD_EXAMPLE));
    }

    @Test
    void masksAllButTheFirstAndLastFour() {
        ResidentId id = ResidentId.of(STANDARD_EXAMPLE);

        assertThat(id.masked()).isEqualTo("1101**********002X").hasSize(18);
    }

    @Test
    void toStringIsMaskedSoLogsNeverCarryTheNumber() {
        ResidentId id = ResidentId.of(STANDARD_EXAMPLE);

        assertThat(id.toString()).isEqualTo(id.masked()).doesNotContain("19491231");
        assertThat(String.valueOf(id)).doesNotContain(STANDARD_EXAMPLE);
    }

    @Test
    void rejectionMessagesDoNotCarryTheNumber() {
        String wrong = STANDARD_EXAMPLE.substring(0, 17) + "5";

        assertThatThrownBy(() -> ResidentId.of(wrong)).hasMessageNotContaining(wrong).hasMessageNotContaining("19491231");
    }

    @ParameterizedTest
    @CsvSource({"1, MALE", "3, MALE", "9, MALE", "0, FEMALE", "2, FEMALE", "8, FEMALE"})
    void sexComesFromTheSeventeenthDigit(String digit, Sex expected) {
        assertThat(ResidentId.of(withCheck("4403042010010112" + digit)).sex()).isEqualTo(expected);
    }

    @Test
    void checkCharacterRejectsAnythingButSeventeenDigits() {
        assertRejected(() -> ResidentId.checkCharacter("1101051949123100"), "value.residentId.format");
        assertRejected(() -> ResidentId.checkCharacter("110105194912310021"), "value.residentId.format");
        assertRejected(() -> ResidentId.checkCharacter("1101051949123100a"), "value.residentId.format");
        assertRejected(() -> ResidentId.checkCharacter(null), "value.residentId.format");
    }

    @Test
    void differentNumbersAreNotEqual() {
        assertThat(ResidentId.of(STANDARD_EXAMPLE)).isNotEqualTo(ResidentId.of(withCheck("11010519491231003")));
    }

    @Test
    void survivesSerialisation() throws Exception {
        ResidentId id = ResidentId.of(STANDARD_EXAMPLE);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(id);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(id);
        }
    }
}
