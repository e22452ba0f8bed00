package org.carebridge.core.value;

import org.carebridge.core.error.ValidationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConvertersTest {

    @Test
    void everyConverterMapsNullToNull() {
        assertThat(new MoneyConverter().convertToDatabaseColumn(null)).isNull();
        assertThat(new MoneyConverter().convertToEntityAttribute(null)).isNull();
        assertThat(new ResidentIdConverter().convertToDatabaseColumn(null)).isNull();
        assertThat(new ResidentIdConverter().convertToEntityAttribute(null)).isNull();
        assertThat(new MobileNumberConverter().convertToDatabaseColumn(null)).isNull();
        assertThat(new MobileNumberConverter().convertToEntityAttribute(null)).isNull();
        assertThat(new RegionCodeConverter().convertToDatabaseColumn(null)).isNull();
        assertThat(new RegionCodeConverter().convertToEntityAttribute(null)).isNull();
        assertThat(new PersonNameConverter().convertToDatabaseColumn(null)).isNull();
        assertThat(new PersonNameConverter().convertToEntityAttribute(null)).isNull();
    }

    @Test
    void moneyRoundTripsAsScaleTwoDecimal() {
        MoneyConverter converter = new MoneyConverter();

        BigDecimal column = converter.convertToDatabaseColumn(Money.of("2650.5"));

        assertThat(column).isEqualTo(new BigDecimal("2650.50"));
        assertThat(converter.convertToEntityAttribute(column)).isEqualTo(Money.of("2650.50"));
        assertThat(converter.convertToEntityAttribute(new BigDecimal("8000"))).isEqualTo(Money.of("8000.00"));
    }

    @Test
    void storesTheFullValuesNotTheMaskedOnes() {
        assertThat(new ResidentIdConverter().convertToDatabaseColumn(ResidentId.of("11010519491231002x")))
                .isEqualTo("11010519491231002X");
        assertThat(new MobileNumberConverter().convertToDatabaseColumn(MobileNumber.of("+86 138 1234 5678")))
                .isEqualTo("13812345678");
        assertThat(new PersonNameConverter().convertToDatabaseColumn(PersonName.of("阿依古丽•买买提")))
                .isEqualTo("阿依古丽·买买提");
        assertThat(new RegionCodeConverter().convertToDatabaseColumn(RegionCode.of("110105001000")))
                .isEqualTo("110105001");
    }

    @Test
    void readingTheColumnBuildsTheValue() {
        assertThat(new ResidentIdConverter().convertToEntityAttribute("11010519491231002X"))
                .isEqualTo(ResidentId.of("11010519491231002X"));
        assertThat(new MobileNumberConverter().convertToEntityAttribute("13812345678"))
                .isEqualTo(MobileNumber.of("13812345678"));
        assertThat(new PersonNameConverter().convertToEntityAttribute("𠮷")).isEqualTo(PersonName.of("𠮷"));
        assertThat(new RegionCodeConverter().convertToEntityAttribute("110105")).isEqualTo(RegionCode.of("110105"));
    }

    @Test
    void aCorruptedColumnIsNoticedNotShown() {
        assertThatThrownBy(() -> new ResidentIdConverter().convertToEntityAttribute("110105194912310021"))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).messageKey())
                .isEqualTo("value.residentId.checkDigit");
        assertThatThrownBy(() -> new MoneyConverter().convertToEntityAttribute(new BigDecimal("1.005")))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).messageKey())
                .isEqualTo("value.money.scale");
    }
}
