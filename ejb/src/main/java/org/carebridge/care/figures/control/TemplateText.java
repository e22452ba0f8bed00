package org.carebridge.care.figures.control;

import org.carebridge.core.error.ValidationException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The editable text of a work report: paragraphs separated by blank lines, with {@code {{name}}}
 * placeholders for figures. A template may only name known figures, and may not contain digits of its
 * own — every number in the report comes from the data, none is typed.
 */
public final class TemplateText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z]+)\\s*}}");
    private static final Pattern DIGIT = Pattern.compile("[0-9０-９]");

    private TemplateText() {
    }

    /** Refuses unknown placeholders ({@code report.template.unknown}) and typed digits ({@code report.template.digits}). */
    public static void check(String text, Set<String> known) {
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!known.contains(m.group(1))) {
                throw new ValidationException("report.template.unknown", m.group(1));
            }
        }
        String rest = PLACEHOLDER.matcher(text).replaceAll("");
        Matcher d = DIGIT.matcher(rest);
        if (d.find()) {
            int from = Math.max(0, d.start() - 8);
            throw new ValidationException("report.template.digits", rest.substring(from, Math.min(rest.length(), d.end() + 8)).strip());
        }
        if (rest.contains("{{") || rest.contains("}}")) {
            throw new ValidationException("report.template.brace");
        }
    }

    /** The text with every placeholder replaced by its value. */
    public static String fill(String text, Map<String, String> values) {
        check(text, values.keySet());
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.get(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Paragraphs: blocks separated by one or more blank lines, each with its lines joined. */
    public static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String block : text.replace("\r\n", "\n").split("\\n\\s*\\n")) {
            String p = block.strip().replaceAll("\\s*\\n\\s*", "");
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }
}
