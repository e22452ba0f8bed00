package org.carebridge.web.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes a table to a file row by row, for exports made in the background (outside a page request,
 * where PrimeFaces' exporters cannot run). Same rules as theirs: header row first, numbers as numbers,
 * text neutralised by {@link CellText}.
 */
public interface TableWriter extends Closeable {

    void row(List<?> cells) throws IOException;

    /** Writes what is buffered and ends the file (the stream is not closed). */
    void finish() throws IOException;

    static TableWriter of(String format, OutputStream out) {
        return "csv".equals(format) ? new CsvTableWriter(out) : new XlsxTableWriter(out);
    }
}
