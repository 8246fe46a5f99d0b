package org.summitplanner.printing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The printouts' font: Liberation Sans from the PDFBox jar (Latin, Greek and Cyrillic; SIL Open
 * Font License), embedded as a subset so the PDF shows Glavaš and Зеленський on any machine and
 * its text can be selected and searched.
 *
 * <p>Widths come from a table of every character of the Basic Multilingual Plane, read once from
 * the font file and never changed after: measuring is then an array look-up, safe from any thread
 * (the preview draws while a print job runs), and needs no open PDF document.
 */
final class PdfFont implements TextMeasure {

    static final String RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static byte[] bytes;
    private static float[] widths;

    private final PDType0Font font;
    private final float[] units;

    /** For measuring only. */
    PdfFont() {
        this.font = null;
        this.units = widths();
    }

    /** For measuring and for drawing into {@code document}, which embeds the subset it uses. */
    PdfFont(PDDocument document) {
        this.units = widths();
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

    /** Advance widths in 1/1000 em of every BMP character, -1 where the font has no glyph. */
    private static synchronized float[] widths() {
        if (widths == null) {
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(fontBytes()))) {
                CmapLookup cmap = ttf.getUnicodeCmapLookup();
                float scale = 1000f / ttf.getUnitsPerEm();
                float[] table = new float[0x10000];
                Arrays.fill(table, -1f);
                for (int cp = 0; cp < table.length; cp++) {
                    int gid = cmap.getGlyphId(cp);
                    if (gid > 0) {
                        table[cp] = ttf.getAdvanceWidth(gid) * scale;
                    }
                }
                widths = table;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return widths;
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
        float total = 0;
        for (int i = 0; i < text.length(); i++) {
            float w = units[text.charAt(i)];
            total += w < 0 ? units['?'] : w;
        }
        return total * size / 1000f;
    }

    /** Characters outside the font (or outside the BMP: emoji, rare CJK) become "?", control characters spaces. */
    @Override
    public String printable(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = c == '\n' || (!Character.isISOControl(c) && !Character.isSurrogate(c) && units[c] >= 0);
            if (!ok && sb == null) {
                sb = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (sb != null) {
                if (ok) {
                    sb.append(c);
                } else if (Character.isHighSurrogate(c)) {
                    sb.append('?');
                } else if (!Character.isLowSurrogate(c)) {
                    sb.append(Character.isWhitespace(c) ? ' ' : '?');
                }
            }
        }
        return sb == null ? text : sb.toString();
    }
}
