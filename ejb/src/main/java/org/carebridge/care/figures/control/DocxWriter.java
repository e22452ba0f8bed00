package org.carebridge.care.figures.control;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Writes a {@link ReportDocument} as a Word (DOCX) file with Chinese fonts named for Word and WPS. */
public final class DocxWriter {

    private static final String FONT = "宋体";
    private static final String HEADING_FONT = "黑体";

    private DocxWriter() {
    }

    public static byte[] write(ReportDocument report) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, report.title(), HEADING_FONT, 18, true);
            XWPFParagraph subtitle = doc.createParagraph();
            subtitle.setAlignment(ParagraphAlignment.CENTER);
            run(subtitle, report.subtitle(), FONT, 10, false);
            for (String p : report.paragraphs()) {
                XWPFParagraph para = doc.createParagraph();
                para.setFirstLineIndent(480);
                para.setSpacingAfter(120);
                run(para, p, FONT, 12, false);
            }
            XWPFParagraph appendix = doc.createParagraph();
            appendix.setPageBreak(true);
            run(appendix, report.appendixTitle(), HEADING_FONT, 14, true);
            for (ReportDocument.Table t : report.tables()) {
                run(doc.createParagraph(), t.caption(), HEADING_FONT, 12, true);
                XWPFTable table = doc.createTable(t.rows().size() + 1, t.headers().size());
                table.setWidth("100%");
                fill(table.getRow(0), t.headers(), true);
                for (int i = 0; i < t.rows().size(); i++) {
                    fill(table.getRow(i + 1), t.rows().get(i), false);
                }
                doc.createParagraph();
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean header) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
            run(p, cells.get(c), header ? HEADING_FONT : FONT, 10, header);
        }
    }

    private static void run(XWPFParagraph p, String text, String font, int size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text == null ? "" : text);
        r.setFontFamily(font);
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontSize(size);
        r.setBold(bold);
    }
}
