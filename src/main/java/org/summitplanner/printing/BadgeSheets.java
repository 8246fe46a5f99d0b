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
import org.summitplanner.printing.text.PdfText;

/**
 * Name badges on sheets: 90 × 55 mm, as many as fit the paper (10 on A4, 8 on Letter), with thin
 * grey cut lines. Each badge: a band in the category's colour with its label, the name, the nation,
 * the position or role, the access zone, and a QR code of the attendee's key drawn as vectors.
 */
public final class BadgeSheets {

    static final float WIDTH = 90 * MM;
    static final float HEIGHT = 55 * MM;
    private static final float MARGIN = 10 * MM;
    private static final float PAD = 3.5f * MM;
    private static final float BAND = 8 * MM;
    private static final float QR = 24 * MM;

    /** Badges on one sheet of this paper. */
    public static int perSheet(Paper paper) {
        return columns(paper) * rows(paper);
    }

    private static int columns(Paper paper) {
        return (int) ((paper.width(Orientation.PORTRAIT) - 2 * MARGIN) / WIDTH);
    }

    private static int rows(Paper paper) {
        return (int) ((paper.height(Orientation.PORTRAIT) - 2 * MARGIN) / HEIGHT);
    }

    /** Writes the badges and returns the number of sheets. */
    public int write(String summitName, List<Card> cards, Paper paper, PrintTexts texts, OutputStream out,
                     PrintProgress progress) throws IOException {
        float pageWidth = paper.width(Orientation.PORTRAIT);
        float pageHeight = paper.height(Orientation.PORTRAIT);
        int columns = columns(paper);
        int rows = rows(paper);
        // centred on the sheet, so that either side's cut is the same
        float left = (pageWidth - columns * WIDTH) / 2;
        float top = pageHeight - (pageHeight - rows * HEIGHT) / 2;
        try (PDDocument pdf = new PDDocument()) {
            PdfText text = new PdfText(pdf);
            int perSheet = columns * rows;
            int sheets = Math.max(1, (cards.size() + perSheet - 1) / perSheet);
            for (int s = 0; s < sheets; s++) {
                if (progress.cancelled()) {
                    throw new PrintCancelledException();
                }
                PDPage page = new PDPage(new PDRectangle(pageWidth, pageHeight));
                pdf.addPage(page);
                try (PdfText.Page content = text.page(page)) {
                    for (int i = 0; i < perSheet && s * perSheet + i < cards.size(); i++) {
                        float x = left + (i % columns) * WIDTH;
                        float y = top - (i / columns + 1) * HEIGHT;
                        badge(content, text, cards.get(s * perSheet + i), summitName, texts, x, y);
                    }
                }
                progress.update(s + 1, sheets);
            }
            text.finish();
            pdf.getDocumentInformation().setTitle(texts.text("badges.title") + " — " + summitName);
            pdf.getDocumentInformation().setCreator("Summit Planner");
            pdf.getDocumentCatalog().setLanguage(texts.locale().toLanguageTag());
            pdf.save(out);
            return sheets;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void badge(PdfText.Page page, PdfText text, Card card, String summitName, PrintTexts texts,
                              float x, float y) throws IOException {
        PDPageContentStream c = page.content();
        c.setStrokingColor(0.75f);
        c.setLineWidth(0.3f);
        c.addRect(x, y, WIDTH, HEIGHT);
        c.stroke();
        float[] rgb = card.category().rgb();
        c.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
        c.addRect(x, y + HEIGHT - BAND, WIDTH, BAND);
        c.fill();
        String label = card.category().label(texts.locale());
        float labelSize = Cards.fit(text, label, 12, 6, WIDTH - 2 * PAD);
        page.text(label, labelSize, x + PAD, y + HEIGHT - BAND + (BAND - labelSize * 0.7f) / 2, true, 1f);

        float textWidth = WIDTH - 3 * PAD - QR;
        float line = y + HEIGHT - BAND - PAD - 12;
        float nameSize = Cards.fit(text, card.name(), 14, 6, textWidth);
        page.text(card.name(), nameSize, x + PAD, line, true, 0f);
        line -= 14;
        page.text(card.nation(), Cards.fit(text, card.nation(), 11, 6, textWidth), x + PAD, line, false, 0f);
        line -= 12;
        page.text(card.role(), Cards.fit(text, card.role(), 9, 5, textWidth), x + PAD, line, false, 0.25f);
        if (card.zone() != null) {
            String zone = texts.text("badge.zone", card.zone());
            line -= 14;
            page.text(zone, Cards.fit(text, zone, 9, 5, textWidth), x + PAD, line, true, 0f);
        }
        page.text(summitName, Cards.fit(text, summitName, 6, 4, textWidth), x + PAD, y + PAD, false, 0.4f);
        QrCode.of(card.key()).draw(c, x + WIDTH - PAD - QR, y + PAD, QR);
    }
}
