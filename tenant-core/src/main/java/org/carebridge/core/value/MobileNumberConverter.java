package org.carebridge.core.value;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the bare 11 digits of a {@link MobileNumber}, so lookups by phone match however it was typed. */
@Converter(autoApply = false)
public class MobileNumberConverter implements AttributeConverter<MobileNumber, String> {

    @Override
    public String convertToDatabaseColumn(MobileNumber attribute) {
        return attribute == null ? null : attribute.value();
    }

    @Override
    public MobileNumber convertToEntityAttribute(String column) {
        return column == null ? null : MobileNumber.of(column);
    }
}
