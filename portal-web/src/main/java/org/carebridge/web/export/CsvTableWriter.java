package org.carebridge.web.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** CSV as PrimeFaces writes it for the pages: UTF-8 with a byte order mark, every cell quoted, one line per row. */
final class CsvTableWriter implements TableWriter {

    private final Writer out;

    CsvTableWriter(OutputStream stream) {
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        try {
            out.write('\ufeff');
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void row(List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            Object v = cells.get(i);
            String text = v == null ? "" : v instanceof Number n ? n.toString() : CellText.forCsv(v.toString());
            out.write('"');
            out.write(text.replace("\"", "\"\""));
            out.write('"');
        }
        out.write("\n");
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
