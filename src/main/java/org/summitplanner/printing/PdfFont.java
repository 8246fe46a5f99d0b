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
    /** Widths of the Basic Multilingual Plane: NaN not looked up yet, negative no glyph. */
    private final float[] bmp = new float[0x10000];
    private final Map<Integer, Float> others = new HashMap<>();

    PdfFont(PDDocument document) {
        java.util.Arrays.fill(bmp, Float.NaN);
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
                bytes = withoutGlyphSubstitution(in.readAllBytes());
            }
        }
        return bytes;
    }

    /**
     * Hides the font's GSUB table. PDFBox would otherwise run its ligature rules on every string it
     * draws (a regular expression built per call: 90% of the time of a 350-page agenda), and Latin
     * ligatures such as "fi" would make the PDF's text harder to search. Latin, Greek and Cyrillic
     * need no substitution; the table's tag in the sfnt directory is renamed so no reader finds it.
     */
    static byte[] withoutGlyphSubstitution(byte[] font) {
        int tables = ((font[4] & 0xff) << 8) | (font[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (font[at] == 'G' && font[at + 1] == 'S' && font[at + 2] == 'U' && font[at + 3] == 'B') {
                font[at] = 'x';
            }
        }
        return font;
    }

    @Override
    public float width(String text, float size) {
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            float w = units(cp);
            units += w < 0 ? units('?') : w;
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
            boolean ok = cp == '\n' || (!Character.isISOControl(cp) && units(cp) >= 0);
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

    private float units(int codePoint) {
        if (codePoint < bmp.length) {
            float w = bmp[codePoint];
            if (Float.isNaN(w)) {
                w = lookUp(codePoint);
                bmp[codePoint] = w;
            }
            return w;
        }
        return others.computeIfAbsent(codePoint, this::lookUp);
    }

    /** Width in font units (1/1000 em), or -1 when the font has no glyph for it. */
    private float lookUp(int codePoint) {
        try {
            // encoding a character the font has no glyph for throws
            return font.getStringWidth(new String(Character.toChars(codePoint)));
        } catch (IOException | IllegalArgumentException e) {
            return -1f;
        }
    }
}
