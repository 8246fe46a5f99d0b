package org.summitplanner.printing.text;

import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType3Font;

/**
 * The glyphs of one outline-only font (a face of a collection, or CFF outlines, such as Debian's
 * Noto Sans CJK) used in one PDF, as Type 3 fonts: each glyph's outline is copied once into the
 * document, 255 glyphs to a font, with a ToUnicode map so the text is searchable. Bold glyphs are
 * filled and stroked, as bold text in the other fonts is.
 */
final class Type3Glyphs {

    private static final float BOLD_STROKE = 40f;
    /** Outlines as PDF path operators, shared by every document: the CJK glyph of a name is read once. */
    private static final Map<String, byte[]> OUTLINES = new ConcurrentHashMap<>();

    private final PDDocument document;
    private final Face face;
    private final boolean bold;
    private final List<Glyphs> fonts = new ArrayList<>();
    private final Map<Integer, Glyphs> byCodePoint = new HashMap<>();

    Type3Glyphs(PDDocument document, Face face, boolean bold) {
        this.document = document;
        this.face = face;
        this.bold = bold;
    }

    /** The Type 3 font that holds this character, adding its glyph when it is new. */
    Glyphs fontFor(int codePoint) throws IOException {
        Glyphs font = byCodePoint.get(codePoint);
        if (font == null) {
            if (fonts.isEmpty() || fonts.get(fonts.size() - 1).full()) {
                fonts.add(new Glyphs(newFont()));
            }
            font = fonts.get(fonts.size() - 1);
            font.add(codePoint);
            byCodePoint.put(codePoint, font);
        }
        return font;
    }

    /** Writes what is known only at the end: widths, the bounding box, the ToUnicode map. */
    void finish() throws IOException {
        for (Glyphs font : fonts) {
            font.finish();
        }
    }

    private COSDictionary newFont() {
        COSDictionary dict = new COSDictionary();
        dict.setItem(COSName.TYPE, COSName.FONT);
        dict.setItem(COSName.SUBTYPE, COSName.TYPE3);
        COSArray matrix = new COSArray();
        for (float v : new float[] {0.001f, 0, 0, 0.001f, 0, 0}) {
            matrix.add(new COSFloat(v));
        }
        dict.setItem(COSName.FONT_MATRIX, matrix);
        dict.setItem(COSName.CHAR_PROCS, new COSDictionary());
        COSDictionary encoding = new COSDictionary();
        encoding.setItem(COSName.TYPE, COSName.ENCODING);
        COSArray differences = new COSArray();
        differences.add(COSInteger.ONE);
        encoding.setItem(COSName.DIFFERENCES, differences);
        dict.setItem(COSName.ENCODING, encoding);
        dict.setInt(COSName.FIRST_CHAR, 1);
        dict.setInt(COSName.LAST_CHAR, 1);
        dict.setItem(COSName.WIDTHS, new COSArray());
        dict.setItem(COSName.RESOURCES, new COSDictionary());
        dict.setItem(COSName.FONT_BBOX, new COSArray());
        return dict;
    }

    /** One Type 3 font of at most 255 glyphs; drawing it turns characters into their codes here. */
    final class Glyphs extends PDType3Font {

        private final Map<Integer, Integer> codes = new HashMap<>();
        private final List<Integer> codePoints = new ArrayList<>();
        private final List<Float> widths = new ArrayList<>();
        private Rectangle2D box;

        Glyphs(COSDictionary dict) throws IOException {
            super(dict);
        }

        boolean full() {
            return codePoints.size() >= 255;
        }

        void add(int codePoint) throws IOException {
            int code = codePoints.size() + 1;
            String name = codePoint < 0x10000 ? String.format(Locale.ROOT, "uni%04X", codePoint)
                    : String.format(Locale.ROOT, "u%X", codePoint);
            int gid = face.glyph(codePoint);
            float width = face.advanceOfGlyph(gid);
            GeneralPath outline = face.outline(gid);
            Rectangle2D bounds = outline.getBounds2D();
            if (bold && !bounds.isEmpty()) {
                bounds = new Rectangle2D.Double(bounds.getX() - BOLD_STROKE / 2, bounds.getY() - BOLD_STROKE / 2,
                        bounds.getWidth() + BOLD_STROKE, bounds.getHeight() + BOLD_STROKE);
            }
            COSStream proc = document.getDocument().createCOSStream();
            try (OutputStream out = proc.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(String.format(Locale.ROOT, "%.1f 0 %.1f %.1f %.1f %.1f d1\n", width, bounds.getMinX(),
                        bounds.getMinY(), bounds.getMaxX(), bounds.getMaxY()).getBytes(StandardCharsets.US_ASCII));
                if (!bounds.isEmpty()) {
                    if (bold) {
                        out.write(String.format(Locale.ROOT, "%.0f w 1 j\n", BOLD_STROKE).getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write(OUTLINES.computeIfAbsent(face.label() + "/" + gid, k -> operators(outline)));
                    out.write((bold ? "B\n" : "f\n").getBytes(StandardCharsets.US_ASCII));
                }
            }
            getCharProcs().setItem(COSName.getPDFName(name), proc);
            COSDictionary encoding = (COSDictionary) getCOSObject().getDictionaryObject(COSName.ENCODING);
            ((COSArray) encoding.getDictionaryObject(COSName.DIFFERENCES)).add(COSName.getPDFName(name));
            codes.put(codePoint, code);
            codePoints.add(codePoint);
            widths.add(width);
            box = box == null ? bounds : bounds.isEmpty() ? box : box.createUnion(bounds);
        }

        @Override
        protected byte[] encode(int unicode) {
            Integer code = codes.get(unicode);
            if (code == null) {
                throw new IllegalArgumentException("no glyph for U+" + Integer.toHexString(unicode) + " in this Type 3 font");
            }
            return new byte[] {(byte) (int) code};
        }

        @Override
        public boolean willBeSubset() {
            return false;
        }

        void finish() throws IOException {
            COSDictionary dict = getCOSObject();
            dict.setInt(COSName.LAST_CHAR, codePoints.size());
            COSArray w = new COSArray();
            widths.forEach(v -> w.add(new COSFloat(v)));
            dict.setItem(COSName.WIDTHS, w);
            Rectangle2D b = box == null ? new Rectangle2D.Float() : box;
            COSArray bbox = new COSArray();
            for (double v : new double[] {b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY()}) {
                bbox.add(new COSFloat((float) v));
            }
            dict.setItem(COSName.FONT_BBOX, bbox);
            COSStream toUnicode = document.getDocument().createCOSStream();
            try (OutputStream out = toUnicode.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(cmap(codePoints).getBytes(StandardCharsets.US_ASCII));
            }
            dict.setItem(COSName.TO_UNICODE, toUnicode);
        }
    }

    private static String cmap(List<Integer> codePoints) {
        StringBuilder sb = new StringBuilder();
        sb.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<00> <FF>\nendcodespacerange\n");
        for (int from = 0; from < codePoints.size(); from += 100) {
            int to = Math.min(codePoints.size(), from + 100);
            sb.append(to - from).append(" beginbfchar\n");
            for (int i = from; i < to; i++) {
                sb.append(String.format(Locale.ROOT, "<%02X> <", i + 1));
                for (char c : Character.toChars(codePoints.get(i))) {
                    sb.append(String.format(Locale.ROOT, "%04X", (int) c));
                }
                sb.append(">\n");
            }
            sb.append("endbfchar\n");
        }
        sb.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return sb.toString();
    }

    /** An outline as PDF path operators in glyph space (quadratic curves made cubic). */
    private static byte[] operators(GeneralPath outline) {
        StringBuilder sb = new StringBuilder();
        double[] c = new double[6];
        double lastX = 0;
        double lastY = 0;
        for (PathIterator it = outline.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    sb.append(num(c[0])).append(' ').append(num(c[1])).append(" m\n");
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    sb.append(num(c[0])).append(' ').append(num(c[1])).append(" l\n");
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    double x1 = lastX + 2.0 / 3 * (c[0] - lastX);
                    double y1 = lastY + 2.0 / 3 * (c[1] - lastY);
                    double x2 = c[2] + 2.0 / 3 * (c[0] - c[2]);
                    double y2 = c[3] + 2.0 / 3 * (c[1] - c[3]);
                    sb.append(num(x1)).append(' ').append(num(y1)).append(' ').append(num(x2)).append(' ')
                            .append(num(y2)).append(' ').append(num(c[2])).append(' ').append(num(c[3])).append(" c\n");
                    lastX = c[2];
                    lastY = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    sb.append(num(c[0])).append(' ').append(num(c[1])).append(' ').append(num(c[2])).append(' ')
                            .append(num(c[3])).append(' ').append(num(c[4])).append(' ').append(num(c[5])).append(" c\n");
                    lastX = c[4];
                    lastY = c[5];
                }
                default -> sb.append("h\n");
            }
        }
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String num(double v) {
        long rounded = Math.round(v * 10);
        return rounded % 10 == 0 ? Long.toString(rounded / 10) : Double.toString(rounded / 10.0);
    }
}
