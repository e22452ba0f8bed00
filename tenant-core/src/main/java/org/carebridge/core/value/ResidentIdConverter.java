package org.carebridge.core.value;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the full {@link ResidentId} (18 characters); reading re-validates it, so a corrupted row is noticed instead of shown. */
@Converter(autoApply = false)
public class ResidentIdConverter implements AttributeConverter<ResidentId, String> {

    @Override
    public String convertToDatabaseColumn(ResidentId attribute) {
        return attribute == null ? null : attribute.value();
    }

    @Override
    public ResidentId convertToEntityAttribute(String column) {
        return column == null ? null : ResidentId.of(column);
    }
}
