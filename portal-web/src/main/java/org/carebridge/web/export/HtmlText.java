package org.carebridge.web.export;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person reads in a rendered table cell: tags dropped (scripts and styles with their content),
 * character references decoded, white space collapsed. Exports use it for columns without an explicit
 * export value, so the file holds the cell's text, never its markup.
 */
public final class HtmlText {

    private static final Pattern SCRIPT = Pattern.compile("(?is)<(script|style)\\b.*?</\\1\\s*>");
    private static final Pattern BLOCK = Pattern.compile("(?i)</?(br|div|p|li|tr|td|th|h[1-6])\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0]+");

    private HtmlText() {
    }

    public static String of(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        String text = SCRIPT.matcher(html).replaceAll(" ");
        text = BLOCK.matcher(text).replaceAll(" ");
        text = TAG.matcher(text).replaceAll("");
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(decode(m.group(1))));
        }
        m.appendTail(out);
        return SPACE.matcher(out).replaceAll(" ").strip();
    }

    private static String decode(String ref) {
        return switch (ref) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> {
                int code = ref.startsWith("#x") ? Integer.parseInt(ref.substring(2), 16) : Integer.parseInt(ref.substring(1));
                yield Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : "";
            }
        };
    }
}
