package org.summitplanner.printing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The printouts' font: Liberation Sans from the PDFBox jar (Latin, Greek and Cyrillic; SIL Open
 * Font License), embedded as a subset so the PDF shows Glavaš and Зеленський on any machine and
 * its text can be selected and searched. Widths are cached per character: a batch of thousands
 * of itineraries measures the same few hundred characters over and over.
 */
final class PdfFont implements TextMeasure {

    static final String RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static byte[] bytes;

    private final PDType0Font font;
    private final Map<Integer, Float> widths = new HashMap<>();

    PdfFont(PDDocument document) {
        try {
            this.font = PDType0Font.load(document, new ByteArrayInputStream(fontBytes()), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PDType0Font font() {
        return font;
    }

    private static synchronized byte[] fontBytes() throws IOException {
        if (bytes == null) {
            try (InputStream in = PdfFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IOException("the PDF font is missing from the class path: " + RESOURCE);
                }
                bytes = in.readAllBytes();
            }
        }
        return bytes;
    }

    @Override
    public float width(String text, float size) {
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Float w = glyphWidth(cp);
            units += w == null ? glyphWidth('?') : w;
            i += Character.charCount(cp);
        }
        return units * size / 1000f;
    }

    @Override
    public String printable(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            boolean ok = cp == '\n' || (!Character.isISOControl(cp) && glyphWidth(cp) != null);
            if (!ok && sb == null) {
                sb = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (sb != null) {
                if (ok) {
                    sb.appendCodePoint(cp);
                } else {
                    sb.append(Character.isWhitespace(cp) ? ' ' : '?');
                }
            }
            i += n;
        }
        return sb == null ? text : sb.toString();
    }

    /** Width in font units (1/1000 em), or null when the font has no glyph for it. */
    private Float glyphWidth(int codePoint) {
        if (widths.containsKey(codePoint)) {
            return widths.get(codePoint);
        }
        Float width;
        try {
            // encoding a character the font has no glyph for throws
            width = font.getStringWidth(new String(Character.toChars(codePoint)));
        } catch (IOException | IllegalArgumentException e) {
            width = null;
        }
        widths.put(codePoint, width);
        return width;
    }
}
