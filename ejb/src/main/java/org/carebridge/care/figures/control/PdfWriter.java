package org.carebridge.care.figures.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Writes a {@link ReportDocument} as a PDF. Chinese text needs a CJK font: the first TrueType font found
 * among the configured path and the usual system fonts is embedded (subset); without one, the PDF names
 * Adobe's standard STSong-Light, which every PDF reader supplies, and embeds nothing.
 */
public final class PdfWriter {

    private static final Logger LOG = Logger.getLogger(PdfWriter.class.getName());
    static final List<String> SYSTEM_FONTS = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "C:/Windows/Fonts/simsun.ttc",
            "/System/Library/Fonts/PingFang.ttc");

    private PdfWriter() {
    }

    public static byte[] write(ReportDocument report, Optional<String> configuredFont) {
        BaseFont base = font(configuredFont);
        Font title = new Font(base, 18, Font.BOLD);
        Font subtitle = new Font(base, 10);
        Font body = new Font(base, 12);
        Font heading = new Font(base, 13, Font.BOLD);
        Font cell = new Font(base, 9);
        Font headCell = new Font(base, 9, Font.BOLD);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            com.lowagie.text.pdf.PdfWriter.getInstance(doc, out);
            doc.addTitle(report.title());
            doc.addCreator("CareBridge");
            doc.open();
            Paragraph t = new Paragraph(report.title(), title);
            t.setAlignment(Element.ALIGN_CENTER);
            t.setSpacingAfter(6);
            doc.add(t);
            Paragraph s = new Paragraph(report.subtitle(), subtitle);
            s.setAlignment(Element.ALIGN_CENTER);
            s.setSpacingAfter(14);
            doc.add(s);
            for (String p : report.paragraphs()) {
                Paragraph para = new Paragraph(p, body);
                para.setFirstLineIndent(24);
                para.setLeading(20);
                para.setSpacingAfter(8);
                doc.add(para);
            }
            doc.newPage();
            doc.add(new Paragraph(report.appendixTitle(), heading));
            for (ReportDocument.Table table : report.tables()) {
                Paragraph caption = new Paragraph(table.caption(), heading);
                caption.setSpacingBefore(10);
                caption.setSpacingAfter(6);
                doc.add(caption);
                PdfPTable pdf = new PdfPTable(table.headers().size());
                pdf.setWidthPercentage(100);
                pdf.setHeaderRows(1);
                for (String h : table.headers()) {
                    pdf.addCell(new PdfPCell(new Phrase(h, headCell)));
                }
                for (List<String> row : table.rows()) {
                    for (String c : row) {
                        pdf.addCell(new PdfPCell(new Phrase(c, cell)));
                    }
                }
                doc.add(pdf);
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF could not be written", e);
        }
        return out.toByteArray();
    }

    static BaseFont font(Optional<String> configured) {
        List<String> candidates = new ArrayList<>();
        configured.filter(p -> !p.isBlank()).ifPresent(candidates::add);
        candidates.addAll(SYSTEM_FONTS);
        for (String path : candidates) {
            if (Files.isReadable(Path.of(path))) {
                try {
                    return BaseFont.createFont(path.toLowerCase().endsWith(".ttc") ? path + ",0" : path,
                            BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                } catch (IOException | RuntimeException e) {
                    LOG.warning(() -> "CJK font " + path + " could not be used: " + e);
                }
            }
        }
        try {
            return BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("No CJK font for PDF reports", e);
        }
    }
}
