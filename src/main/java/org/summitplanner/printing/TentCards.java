package org.summitplanner.printing;

import static org.summitplanner.printing.Cards.MM;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;
import org.summitplanner.printing.text.PdfText;

/**
 * Tent cards: one sheet per person, folded across the middle into a tent, name and country on both
 * sides. The lower half reads upright; the upper half is the same turned 180°, so it reads upright
 * from the other side of the table once folded.
 */
public final class TentCards {

    private static final float SIDE_MARGIN = 15 * MM;

    /** Writes one sheet per card and returns the number of sheets. */
    public int write(String summitName, List<Card> cards, Paper paper, PrintTexts texts, OutputStream out,
                     PrintProgress progress) throws IOException {
        float w = paper.width(Orientation.PORTRAIT);
        float h = paper.height(Orientation.PORTRAIT);
        try (PDDocument pdf = new PDDocument()) {
            PdfText text = new PdfText(pdf);
            for (int i = 0; i < cards.size(); i++) {
                if (progress.cancelled()) {
                    throw new PrintCancelledException();
                }
                PDPage page = new PDPage(new PDRectangle(w, h));
                pdf.addPage(page);
                try (PdfText.Page content = text.page(page)) {
                    PDPageContentStream c = content.content();
                    c.setStrokingColor(0.6f);
                    c.setLineWidth(0.4f);
                    c.setLineDashPattern(new float[] {4, 3}, 0);
                    c.moveTo(0, h / 2);
                    c.lineTo(w, h / 2);
                    c.stroke();
                    c.setLineDashPattern(new float[0], 0);
                    half(content, text, cards.get(i), w, h);
                    c.saveGraphicsState();
                    c.transform(new Matrix(-1, 0, 0, -1, w, h));
                    half(content, text, cards.get(i), w, h);
                    c.restoreGraphicsState();
                }
                progress.update(i + 1, cards.size());
            }
            text.finish();
            pdf.getDocumentInformation().setTitle(texts.text("tentCards.title") + " — " + summitName);
            pdf.getDocumentInformation().setCreator("Summit Planner");
            pdf.getDocumentCatalog().setLanguage(texts.locale().toLanguageTag());
            pdf.save(out);
            return cards.size();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The lower half: the name large, the country under it, a rule in the category's colour. */
    private static void half(PdfText.Page page, PdfText text, Card card, float w, float h) throws IOException {
        float width = w - 2 * SIDE_MARGIN;
        float nameSize = Cards.fit(text, card.name(), 40, 10, width);
        float middle = h / 4;
        Cards.centred(page, text, card.name(), nameSize, w / 2, middle + 4, true);
        float countrySize = Cards.fit(text, card.nation(), 24, 8, width);
        Cards.centred(page, text, card.nation(), countrySize, w / 2, middle - countrySize - 8, false);
        float[] rgb = card.category().rgb();
        PDPageContentStream c = page.content();
        c.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
        c.addRect(SIDE_MARGIN, 20 * MM, width, 2 * MM);
        c.fill();
    }
}
