package org.summitplanner.printing.text;

import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.fontbox.cff.CFFCIDFont;
import org.apache.fontbox.cff.CFFFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.NameRecord;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.gsub.GsubWorker;
import org.apache.fontbox.ttf.gsub.GsubWorkerFactory;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One font file (or one face of a collection) of the fallback chain: which characters it has, their
 * advance widths, and what a PDF needs to embed it. Opened on first use and kept for the life of the
 * program; every method is safe from any thread (the preview lays out while an export runs).
 *
 * <p>A plain TrueType file is embedded by PDFBox as a subset (a Type 0 font). PDFBox cannot subset
 * fonts with CFF outlines, which is what Debian's Noto CJK collection holds, so faces from collections
 * and OpenType/CFF files are embedded as Type 3 fonts built from the glyphs' outlines (see
 * {@link PdfText}); their text stays real and searchable through a ToUnicode map.
 *
 * <p>Widths are in thousandths of an em.
 */
public final class Face {

    private final String label;
    private final Path file;
    private final String resource;
    private final String faceName;
    private final boolean shaping;

    private volatile boolean opened;
    private TrueTypeFont ttf;
    private CmapLookup cmap;
    private float scale;
    private float[] bmp;
    private GsubWorker worker;
    private byte[] bytes;
    private String family;
    private boolean outlinesOnly;
    private float outlineScale;
    private CFFFont cff;

    private Face(String label, Path file, String resource, String faceName, boolean shaping) {
        this.label = label;
        this.file = file;
        this.resource = resource;
        this.faceName = faceName;
        this.shaping = shaping;
    }

    /** A font inside our class path (the bundled Liberation Sans). */
    static Face resource(String resource) {
        return new Face(resource.substring(resource.lastIndexOf('/') + 1), null, resource, null, false);
    }

    /**
     * A font file, or the face {@code faceName} of a collection (null: its first).
     *
     * @param shaping keep the font's glyph substitutions (Devanagari conjuncts); otherwise they are hidden
     */
    static Face file(Path file, String faceName, boolean shaping) {
        String label = file.getFileName().toString() + (faceName == null ? "" : "#" + faceName);
        return new Face(label, file, null, faceName, shaping);
    }

    /** The file name (and face), for messages and logs. */
    public String label() {
        return label;
    }

    /** The file, or null for a font inside the program. */
    public Path file() {
        return file;
    }

    /** The class-path resource of a bundled font, or null. */
    public String resource() {
        return resource;
    }

    /** The family name the font gives itself ("Noto Sans Hebrew"), for drawing on screen. */
    public String family() {
        open();
        return family;
    }

    /** Whether PDFBox applies the font's glyph substitutions when drawing (Devanagari, Bengali, Gujarati). */
    public boolean shaping() {
        return shaping;
    }

    /** Embedded from its outlines as Type 3 (collections, CFF outlines) rather than as a TrueType subset. */
    public boolean outlinesOnly() {
        open();
        return outlinesOnly;
    }

    public boolean has(int codePoint) {
        open();
        if (codePoint < bmp.length) {
            return bmp[codePoint] >= 0;
        }
        return cmap.getGlyphId(codePoint) > 0;
    }

    /** Advance width of a character, or -1 when the font has none. */
    public float advance(int codePoint) {
        open();
        if (codePoint < bmp.length) {
            return bmp[codePoint];
        }
        int gid = cmap.getGlyphId(codePoint);
        return gid > 0 ? advanceOfGlyph(gid) : -1;
    }

    /**
     * Width of text drawn in this font as PDFBox will draw it: with the glyph substitutions for a
     * shaping font, else character by character. Characters it lacks count as nothing.
     */
    public float width(String text) {
        open();
        if (shaping && worker != null) {
            List<Integer> gids = new ArrayList<>(text.length());
            text.codePoints().forEach(cp -> {
                int gid = cmap.getGlyphId(cp);
                if (gid > 0) {
                    gids.add(gid);
                }
            });
            List<Integer> shaped;
            synchronized (this) {
                shaped = worker.applyTransforms(gids);
            }
            float total = 0;
            for (int gid : shaped) {
                total += advanceOfGlyph(gid);
            }
            return total;
        }
        float total = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            float w = advance(cp);
            total += Math.max(w, 0);
            i += Character.charCount(cp);
        }
        return total;
    }

    /** The glyph of a character (0 when none). */
    int glyph(int codePoint) {
        open();
        return cmap.getGlyphId(codePoint);
    }

    float advanceOfGlyph(int gid) {
        return advanceRaw(gid) * scale;
    }

    private int advanceRaw(int gid) {
        try {
            return ttf.getAdvanceWidth(gid);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The font file's bytes for PDFBox to embed a subset of, its substitutions hidden unless it shapes. */
    byte[] bytes() {
        open();
        return bytes;
    }

    /** A glyph's outline in thousandths of an em, y up, for a Type 3 glyph. */
    synchronized GeneralPath outline(int gid) throws IOException {
        open();
        GeneralPath path;
        if (cff != null) {
            path = cff instanceof CFFCIDFont cid
                    ? cid.getType2CharString(cid.getCharset().getCIDForGID(gid)).getPath()
                    : cff.getType2CharString(gid).getPath();
        } else {
            GlyphData glyph = ttf.getGlyph().getGlyph(gid);
            path = glyph == null ? new GeneralPath() : glyph.getPath();
        }
        GeneralPath scaled = new GeneralPath(path);
        scaled.transform(AffineTransform.getScaleInstance(outlineScale, outlineScale));
        return scaled;
    }

    private void open() {
        if (!opened) {
            synchronized (this) {
                if (!opened) {
                    try {
                        load();
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the font " + label + ": " + e.getMessage(), e);
                    }
                    opened = true;
                }
            }
        }
    }

    private void load() throws IOException {
        boolean collection = file != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc");
        if (collection) {
            ttf = collectionFace(file, faceName);
        } else {
            byte[] raw;
            if (resource != null) {
                try (InputStream in = Face.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IOException("the font is missing from the class path: " + resource);
                    }
                    raw = in.readAllBytes();
                }
            } else {
                raw = Files.readAllBytes(file);
            }
            bytes = shaping ? raw : withoutGlyphSubstitution(raw.clone());
            ttf = new TTFParser(false).parse(new RandomAccessReadBuffer(shaping ? raw : bytes));
        }
        outlinesOnly = collection || (ttf instanceof OpenTypeFont otf && otf.isPostScript());
        if (outlinesOnly) {
            bytes = null;
            if (ttf instanceof OpenTypeFont otf && otf.isPostScript()) {
                cff = otf.getCFF().getFont();
                List<Number> matrix = cff.getFontMatrix();
                outlineScale = (matrix == null || matrix.isEmpty() ? 0.001f : matrix.get(0).floatValue()) * 1000f;
            } else {
                outlineScale = 1000f / ttf.getUnitsPerEm();
            }
        }
        cmap = ttf.getUnicodeCmapLookup();
        scale = 1000f / ttf.getUnitsPerEm();
        ttf.getHorizontalMetrics();
        family = family(ttf);
        if (shaping) {
            GsubData gsub = ttf.getGsubData();
            worker = gsub == null || gsub == GsubData.NO_DATA_FOUND ? null
                    : new GsubWorkerFactory().getGsubWorker(cmap, gsub);
        }
        float[] table = new float[0x10000];
        Arrays.fill(table, -1f);
        for (int cp = 0; cp < table.length; cp++) {
            int gid = cmap.getGlyphId(cp);
            if (gid > 0) {
                table[cp] = advanceRaw(gid) * scale;
            }
        }
        bmp = table;
    }

    private static String family(TrueTypeFont font) throws IOException {
        if (font.getNaming() != null) {
            String windows = font.getNaming().getName(NameRecord.NAME_FONT_FAMILY_NAME, NameRecord.PLATFORM_WINDOWS,
                    NameRecord.ENCODING_WINDOWS_UNICODE_BMP, NameRecord.LANGUAGE_WINDOWS_EN_US);
            if (windows != null) {
                return windows;
            }
            String any = font.getNaming().getFontFamily();
            if (any != null) {
                return any;
            }
        }
        return font.getName();
    }

    /**
     * One face of a collection. PDFBox's own look-up by name parses every face before it (about two
     * seconds each for the CJK collection); the headers name them, so only the wanted face is parsed.
     */
    private static TrueTypeFont collectionFace(Path file, String faceName) throws IOException {
        List<String> names = new ArrayList<>();
        TrueTypeCollection.processAllFontHeaders(file.toFile(), header -> names.add(header.getName()));
        int index = faceName == null ? 0 : names.indexOf(faceName);
        if (index < 0) {
            throw new IOException("no face " + faceName + " in " + file);
        }
        TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
        try {
            Method at = TrueTypeCollection.class.getDeclaredMethod("getFontAtIndex", int.class);
            at.setAccessible(true);
            return (TrueTypeFont) at.invoke(collection, index);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return collection.getFontByName(names.get(index));
        }
    }

    /** The faces a collection holds, by name. */
    static List<String> faceNames(Path file) throws IOException {
        List<String> names = new ArrayList<>();
        TrueTypeCollection.processAllFontHeaders(file.toFile(), header -> names.add(header.getName()));
        return names;
    }

    /**
     * Hides the font's GSUB table by renaming its tag. PDFBox would otherwise run its ligature rules
     * on every string it draws (a regular expression built per call: 90% of the time of a 350-page
     * agenda), and ligatures such as "fi" would make the PDF's text harder to search. Only the
     * scripts whose conjuncts need it keep their substitutions.
     */
    static byte[] withoutGlyphSubstitution(byte[] font) {
        if (font.length < 12) {
            return font;
        }
        int tables = ((font[4] & 0xff) << 8) | (font[5] & 0xff);
        for (int i = 0; i < tables && 12 + 16 * i + 4 <= font.length; i++) {
            int at = 12 + 16 * i;
            if (font[at] == 'G' && font[at + 1] == 'S' && font[at + 2] == 'U' && font[at + 3] == 'B') {
                font[at] = 'x';
            }
        }
        return font;
    }

    @Override
    public String toString() {
        return label;
    }
}
