package org.carebridge.web.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

/**
 * Streaming XLSX (POI SXSSF): a hundred rows in memory, the rest flushed to POI's temporary file, which
 * {@link #close} removes. Formula-like text is a quote-prefixed string cell; nothing is ever a formula.
 */
final class XlsxTableWriter implements TableWriter {

    static final int WINDOW = 100;

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet = workbook.createSheet();
    private final CellStyle header;
    private final CellStyle quoted;
    private int next;

    XlsxTableWriter(OutputStream out) {
        this.out = out;
        workbook.setCompressTempFiles(true);
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
    }

    @Override
    public void row(List<?> cells) throws IOException {
        boolean first = next == 0;
        Row row = sheet.createRow(next++);
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = row.createCell(i);
            Object v = cells.get(i);
            if (v == null) {
                continue;
            }
            if (v instanceof BigDecimal d) {
                cell.setCellValue(d.doubleValue());
            } else if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                String text = v.toString();
                cell.setCellValue(text);
                if (CellText.risky(text)) {
                    cell.setCellStyle(quoted);
                }
            }
            if (first) {
                cell.setCellStyle(header);
            }
        }
    }

    @Override
    public void finish() throws IOException {
        workbook.write(out);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
