package org.carebridge.web.export;

import java.io.Serializable;
import java.util.function.Function;

/** One column of a background export: its header (already translated) and the cell of a row. */
public record ExportColumn<T>(String header, Function<T, Object> value) implements Serializable {

    /** A cell function that survives the view's serialization. */
    public interface Cell<T> extends Function<T, Object>, Serializable {
    }

    public static <T> ExportColumn<T> of(String header, Cell<T> value) {
        return new ExportColumn<>(header, value);
    }
}
