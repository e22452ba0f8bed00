package org.carebridge.core.value;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the canonical digits of a {@link RegionCode} (6, 9 or 12), so prefix queries on the column follow the hierarchy. */
@Converter(autoApply = false)
public class RegionCodeConverter implements AttributeConverter<RegionCode, String> {

    @Override
    public String convertToDatabaseColumn(RegionCode attribute) {
        return attribute == null ? null : attribute.value();
    }

    @Override
    public RegionCode convertToEntityAttribute(String column) {
        return column == null ? null : RegionCode.of(column);
    }
}
