package org.carebridge.core.value;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the normalised {@link PersonName}; the column must be utf8mb4 (or equivalent) to hold characters such as 𠮷. */
@Converter(autoApply = false)
public class PersonNameConverter implements AttributeConverter<PersonName, String> {

    @Override
    public String convertToDatabaseColumn(PersonName attribute) {
        return attribute == null ? null : attribute.value();
    }

    @Override
    public PersonName convertToEntityAttribute(String column) {
        return column == null ? null : PersonName.of(column);
    }
}
