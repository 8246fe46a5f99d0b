package org.summitplanner.printing.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The font machinery alone: names in many scripts drawn into a PDF and read back. */
class PdfTextTest {

    static final List<String> NAMES = List.of(
            "محمد بن سلمان", "习近平", "岸田文雄 きしだ", "윤석열", "नरेन्द्र मोदी", "יצחק הרצוג",
            "แพทองธาร ชินวัตร", "Κυριάκος Μητσοτάκης", "Nguyễn Xuân Phúc", "Élisabeth Borne",
            "H.E. יצחק הרצוג, President (Israel)", "ირაკლი კობახიძე", "ዐቢይ አሕመድ");

    @Test
    void everyNameComesBackInReadingOrder() throws Exception {
        RequiredFonts.require(NAMES);
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PdfText text = new PdfText(doc);
            try (PdfText.Page p = text.page(page)) {
                float y = 740;
                for (String name : NAMES) {
                    p.text(name, 14, 50, y, false, 0);
                    y -= 24;
                    p.text(name, 14, 50, y, true, 0.3f);
                    y -= 30;
                }
            }
            text.finish();
            doc.save(out);
            pdf = out.toByteArray();
        }
        Files.write(Path.of("target/pdftext-test.pdf"), pdf);
        String extracted;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            extracted = new PDFTextStripper().getText(doc);
        }
        for (String name : NAMES) {
            assertTrue(extracted.contains(name), name + " in:\n" + extracted);
        }
        assertFalse(extracted.contains("?"), extracted);
    }

    @Test
    void aLineIsLaidOutInRunsInVisualOrder() {
        RequiredFonts.require(List.of("יצחק"));
        TextLine line = TextLayout.system().line("H.E. יצחק הרצוג, President");
        assertEquals(3, line.runs().size(), line.toString());
        assertEquals("יצחק הרצוג", line.runs().get(1).logical());
        assertEquals("גוצרה קחצי", line.runs().get(1).visual());
        assertTrue(line.missing().isEmpty());
    }
}
