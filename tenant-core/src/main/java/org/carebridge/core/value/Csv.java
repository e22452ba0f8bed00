package org.carebridge.core.value;

/** Cells of the CSV files the portal exports (增员/减员 lists, bank payment files). */
public final class Csv {

    private Csv() {
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
