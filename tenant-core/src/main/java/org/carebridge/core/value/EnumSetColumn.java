package org.carebridge.core.value;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The column form of a set of enum constants: {@code ",A,B,"}, sorted and delimited on both sides so
 * that "contains X" is one SQL {@code LIKE '%,X,%'} ({@link #pattern}); an empty set is {@code ","}.
 */
public final class EnumSetColumn {

    private EnumSetColumn() {
    }

    public static <E extends Enum<E>> String encode(Set<E> values) {
        return values == null || values.isEmpty() ? ","
                : "," + values.stream().sorted().map(Enum::name).collect(Collectors.joining(",")) + ",";
    }

    public static <E extends Enum<E>> Set<E> decode(Class<E> type, String column) {
        return column == null ? EnumSet.noneOf(type) : Arrays.stream(column.split(",")).filter(s -> !s.isBlank())
                .map(s -> Enum.valueOf(type, s)).collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
    }

    /** The SQL LIKE pattern that finds an encoded set containing this constant. */
    public static String pattern(Enum<?> value) {
        return "%," + value.name() + ",%";
    }
}
