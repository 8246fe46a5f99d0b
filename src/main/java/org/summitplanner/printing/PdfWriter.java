package org.summitplanner.printing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.GregorianCalendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.summitplanner.printing.text.PdfText;

/**
 * Writes a laid-out document as a PDF with PDFBox: real text in embedded subsets of the font chain
 * (any script, see {@link PdfText}), the
 * summit's header, the section heading and column headers on every page, "page X of Y" and the
 * time of printing in the footer, the classification line on top and bottom.
 */
public final class PdfWriter {

    /**
     * Writes the document and returns its number of pages; stops with {@link PrintCancelledException}
     * when the progress says so.
     */
    public int write(LayoutDocument document, PrintSettings settings, PrintTexts texts, OutputStream out,
                     PrintProgress progress) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PdfFont font = new PdfFont();
            PdfText text = new PdfText(pdf, font.layout());
            // laying out is about a fifth of the work, drawing and saving the rest: one bar for both
            PrintLayout layout = new PrintLayout(document, settings, texts, font, part(progress, 0, 20));
            PrintProgress drawing = part(progress, 20, 80);
            for (int i = 0; i < layout.pageCount(); i++) {
                if (progress.cancelled()) {
                    throw new PrintCancelledException();
                }
                PDPage page = new PDPage(new PDRectangle(layout.width(), layout.height()));
                pdf.addPage(page);
                try (PdfText.Page content = text.page(page)) {
                    layout.draw(i, new PdfCanvas(content));
                }
                drawing.update(i + 1, layout.pageCount());
            }
            text.finish();
            describe(pdf, document, settings);
            pdf.save(out);
            return layout.pageCount();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A share of the whole, in percent: {@code from} to {@code from + share}. */
    private static PrintProgress part(PrintProgress whole, int from, int share) {
        return new PrintProgress() {
            @Override
            public void update(long done, long total) {
                whole.update(from * 1000L + (total == 0 ? share * 1000L : share * 1000L * done / total), 100_000);
            }

            @Override
            public boolean cancelled() {
                return whole.cancelled();
            }
        };
    }

    private static void describe(PDDocument pdf, LayoutDocument document, PrintSettings settings) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(document.title() + " — " + document.headerLines().get(0));
        info.setCreator("Summit Planner");
        info.setCreationDate(GregorianCalendar.from(settings.printedAt()));
        pdf.getDocumentCatalog().setLanguage(settings.locale().toLanguageTag());
    }

    /** A PDF page's content stream as a canvas; text in any script through the font chain. */
    private record PdfCanvas(PdfText.Page page) implements PageCanvas {

        @Override
        public void text(String text, Style style, float size, float x, float baseline) throws IOException {
            page.text(text, size, x, baseline, style.bold(), style.grey());
        }

        @Override
        public void rule(float x1, float x2, float y, float grey, float width) throws IOException {
            PDPageContentStream c = page.content();
            c.setStrokingColor(grey);
            c.setLineWidth(width);
            c.moveTo(x1, y);
            c.lineTo(x2, y);
            c.stroke();
        }

        @Override
        public void fill(float x, float y, float width, float height, float grey) throws IOException {
            PDPageContentStream c = page.content();
            c.setNonStrokingColor(grey);
            c.addRect(x, y, width, height);
            c.fill();
        }
    }
}
