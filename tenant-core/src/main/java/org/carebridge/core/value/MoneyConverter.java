package org.carebridge.core.value;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.math.BigDecimal;

/** Stores {@link Money} in a DECIMAL(19,2) column; a stored value with more than two decimals fails loudly rather than being rounded. */
@Converter(autoApply = false)
public class MoneyConverter implements AttributeConverter<Money, BigDecimal> {

    @Override
    public BigDecimal convertToDatabaseColumn(Money attribute) {
        return attribute == null ? null : attribute.amount();
    }

    @Override
    public Money convertToEntityAttribute(BigDecimal column) {
        return column == null ? null : Money.of(column);
    }
}
