package org.carebridge.web.export;

/**
 * The one rule against spreadsheet formula injection (OWASP "CSV injection"): text that starts with
 * {@code = + - @}, a tab or a carriage return could be taken for a formula by Excel, WPS or LibreOffice.
 * In CSV such text gets a leading single quote; in XLSX it stays as typed but is stored as a plain,
 * quote-prefixed string cell, never a formula. Numbers exported as numbers (a negative amount) are not
 * text and are left alone.
 */
public final class CellText {

    private CellText() {
    }

    /** Whether a spreadsheet could read this text as a formula. */
    public static boolean risky(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }

    /** The text as a CSV cell may carry it: risky text behind a single quote, anything else unchanged. */
    public static String forCsv(String text) {
        if (text == null) {
            return "";
        }
        return risky(text) ? "'" + text : text;
    }
}
