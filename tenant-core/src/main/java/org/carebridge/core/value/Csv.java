package org.carebridge.core.value;

import org.carebridge.core.error.ValidationException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Cells of the CSV files the portal exports (增员/减员 lists, bank payment files) and the text of uploaded ones. */
public final class Csv {

    private Csv() {
    }

    /**
     * An uploaded file's text: at most {@code maxBytes}, strictly UTF-8 (a leading BOM is dropped);
     * otherwise a {@link ValidationException} with the key given (the first takes the limit in MB).
     */
    public static String utf8(byte[] bytes, int maxBytes, String tooLargeKey, String encodingKey) {
        if (bytes.length > maxBytes) {
            throw new ValidationException(tooLargeKey, maxBytes / 1024 / 1024);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ValidationException(encodingKey);
        }
    }

    /**
     * A quoted cell whose leading formula character ({@code = + - @}, tab, carriage return) is
     * neutralised with {@code '}, so that a spreadsheet never runs it.
     */
    public static String cell(String value) {
        String v = value == null ? "" : value.replace("\"", "\"\"");
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v + "\"";
    }
}
