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

class PersonNameTest {

    private static final String JI = "\uD842\uDFB7";    // 𠮷 U+20BB7, CJK Extension B
    private static final String ZHE = "\uD869\uDEA5";   // 𪚥 U+2A6A5, CJK Extension B
    private static final String YAN = "\u4DAE";         // 䶮 U+4DAE, CJK Extension A

    private static void assertRejected(ThrowingCallable call, String key) {
        assertThatThrownBy(call)
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).messageKey())
                .isEqualTo(key);
    }

    @Test
    void theRareCharactersAreWhatTheTestSaysTheyAre() {
        assertThat(JI.codePointAt(0)).isEqualTo(0x20BB7);
        assertThat(ZHE.codePointAt(0)).isEqualTo(0x2A6A5);
        assertThat(YAN.codePointAt(0)).isEqualTo(0x4DAE);
        assertThat(JI).isEqualTo("𠮷");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "张三", "欧阳娜娜", "𠮷", "𪚥", "䶮", "𠮷野", "刘䶮", "王𪚥", "阿依古丽·买买提", "爱新觉罗·溥仪",
            "克里斯蒂娜·卡尔·约翰逊", "John Smith", "Zoë O'Brien-Müller", "José", "Nguyễn Thị Minh Khai", "Łukasz",
            "Mary-Jane", "D'Angelo", "李〇"})
    void acceptsRealNames(String name) {
        assertThat(PersonName.of(name).value()).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource({
            "阿依古丽•买买提, 阿依古丽·买买提",
            "阿依古丽‧买买提, 阿依古丽·买买提",
            "'  张三  ', 张三",
            "'\u3000张三\u3000', 张三",
            "'John   Smith', John Smith",
            "'John\u00A0Smith', John Smith",
            "O’Brien, O'Brien",
            "Jose\u0301, José"})
    void normalisesVariantsToOneSpelling(String input, String expected) {
        PersonName name = PersonName.of(input);

        assertThat(name.value()).isEqualTo(expected);
        assertThat(name).isEqualTo(PersonName.of(expected)).hasSameHashCodeAs(PersonName.of(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "张三1", "张三２", "<script>", "张<三", "张>三", "张\u0000三", "张\n三", "张\t三", "张\u200B三",
            "·张三", "张三·", "阿依古丽··买买提", "阿依古丽•·买买提", "·", "张_三", "张@三", "张.三", "张,三",
            "😀", "张😀", "Иван", "김민준", "⺀", "-", "'", "- '", "张（三）", "Robert'); DROP TABLE--"})
    void rejectsWhatIsNotAName(String name) {
        assertRejected(() -> PersonName.of(name), "value.name.format");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u3000", "\n"})
    void requiresAName(String name) {
        assertRejected(() -> PersonName.of(name), "value.name.required");
    }

    @Test
    void countsLengthInCodePointsNotChars() {
        String fifty = JI.repeat(50);   // 100 UTF-16 chars
        String fiftyOne = JI.repeat(51);

        assertThat(fifty).hasSize(100);
        assertThat(PersonName.of(fifty).value()).isEqualTo(fifty);
        assertRejected(() -> PersonName.of(fiftyOne), "value.name.length");
        assertRejected(() -> PersonName.of("张".repeat(51)), "value.name.length");
        assertThat(PersonName.of("张".repeat(50)).value()).hasSize(50);
    }

    @Test
    void theLengthRejectionCarriesTheLimit() {
        assertThatThrownBy(() -> PersonName.of("a".repeat(51)))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).arguments())
                .isEqualTo(new Object[] {50});
    }

    @ParameterizedTest
    @CsvSource({
            "张三丰, 张**",
            "张三, 张*",
            "䶮, 䶮",
            "𠮷野家, 𠮷**",
            "王𪚥, 王*",
            "阿依古丽·买买提, 阿*******",
            "John Smith, J*********"})
    void masksEveryCodePointButTheFirst(String name, String masked) {
        assertThat(PersonName.of(name).masked()).isEqualTo(masked);
    }

    @Test
    void toStringIsMasked() {
        PersonName name = PersonName.of("张三丰");

        assertThat(name.toString()).isEqualTo("张**");
    }

    @Test
    void differentNamesAreNotEqual() {
        assertThat(PersonName.of("张三")).isNotEqualTo(PersonName.of("张三丰"));
    }
}
