package org.carebridge.care.figures.control;

import java.util.List;

/** A work report as the writers see it: a title, paragraphs of text, and the appendix tables. */
public record ReportDocument(String title, String subtitle, List<String> paragraphs, String appendixTitle,
                             List<Table> tables) {

    public ReportDocument {
        paragraphs = List.copyOf(paragraphs);
        tables = List.copyOf(tables);
    }

    /** One appendix table: every row has as many cells as there are headers. */
    public record Table(String caption, List<String> headers, List<List<String>> rows) {

        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<String> row : rows) {
                if (row.size() != headers.size()) {
                    throw new IllegalArgumentException("row of " + row.size() + " cells under " + headers.size() + " headers");
                }
            }
        }
    }
}
