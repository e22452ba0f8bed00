package org.carebridge.care.lead.boundary;

import java.util.List;

/** The outcome of a CSV import: committed only when every row was accepted; each row says why not. */
public record ImportReport(boolean committed, int accepted, int rejected, List<RowResult> rows) {

    /** One data row: its line in the file, and the reason it was rejected (message key and arguments). */
    public record RowResult(long line, boolean accepted, String messageKey, List<Object> arguments) {
    }
}
