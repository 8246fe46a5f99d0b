package org.summitplanner.printing.text;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;

/**
 * Text in any script on the pages of one PDF: each line is laid out into runs ({@link TextLayout})
 * and each run drawn in its font, embedded as a subset. The text stays real: runs whose drawn
 * characters differ from what they read (right-to-left, joined Arabic, Devanagari conjuncts) are
 * marked with an ActualText span holding the text in reading order, which PDFBox's and poppler's
 * text extraction (pdftotext) and copy-and-paste in PDF viewers use.
 *
 * <p>Use: {@code PdfText text = new PdfText(document)}; for each page {@code try (PdfText.Page p =
 * text.page(pdPage)) { p.text("محمد بن سلمان", 10, x, y, false, 0); p.content().addRect(...); }};
 * then {@link #finish()} before saving. One document per instance, one thread at a time.
 */
public final class PdfText {

    private final PDDocument document;
    private final TextLayout layout;
    private final Map<Face, PDType0Font> type0 = new HashMap<>();
    private final Map<String, Type3Glyphs> type3 = new LinkedHashMap<>();

    public PdfText(PDDocument document) {
        this(document, TextLayout.system());
    }

    public PdfText(PDDocument document, TextLayout layout) {
        this.document = document;
        this.layout = layout;
    }

    public TextLayout layout() {
        return layout;
    }

    /** Width in points of one line at a size, as {@link Page#text} draws it. */
    public float width(String text, float size) {
        return layout.width(text, size);
    }

    /** Opens the page's content stream (replacing any) for drawing text and shapes. */
    public Page page(PDPage page) throws IOException {
        return new Page(page);
    }

    /** Completes the fonts built from outlines; call once, after the last page and before saving. */
    public void finish() throws IOException {
        for (Type3Glyphs glyphs : type3.values()) {
            glyphs.finish();
        }
    }

    private PDType0Font type0(Face face) throws IOException {
        PDType0Font font = type0.get(face);
        if (font == null) {
            font = PDType0Font.load(document, new ByteArrayInputStream(face.bytes()), true);
            type0.put(face, font);
        }
        return font;
    }

    private Type3Glyphs type3(Face face, boolean bold) {
        return type3.computeIfAbsent(face.label() + (bold ? "/bold" : ""), k -> new Type3Glyphs(document, face, bold));
    }

    /** A page being drawn: shapes through {@link #content()}, text through {@link #text}. */
    public final class Page implements Closeable {

        private final Raw raw;
        private final PDPageContentStream content;

        private Page(PDPage page) throws IOException {
            PDStream stream = new PDStream(document);
            page.getCOSObject().setItem(COSName.CONTENTS, stream);
            PDResources resources = page.getResources();
            if (resources == null) {
                resources = new PDResources();
                page.setResources(resources);
            }
            // a content stream over our own output, so the ActualText spans can be written inline
            // (poppler reads ActualText only from an inline dictionary, not from a named property list)
            PDAppearanceStream target = new PDAppearanceStream(new COSStream());
            target.setResources(resources);
            this.raw = new Raw(stream.createOutputStream(COSName.FLATE_DECODE));
            this.content = new PDPageContentStream(document, target, raw);
        }

        public PDPageContentStream content() {
            return content;
        }

        /**
         * One line of text whose baseline starts at (x, baseline), in points; grey from 0 (black) to 1.
         * Bold is drawn by filling and stroking the outlines, which keeps it text.
         */
        public void text(String text, float size, float x, float baseline, boolean bold, float grey) throws IOException {
            draw(layout.line(text), size, x, baseline, bold, grey);
        }

        /** A line already laid out by {@link TextLayout#line}. */
        public void draw(TextLine line, float size, float x, float baseline, boolean bold, float grey) throws IOException {
            for (TextLine.Run run : line.runs()) {
                if (run.visual().isEmpty()) {
                    continue;
                }
                float at = x + run.x() * size / 1000f;
                if (run.actualText()) {
                    raw.write(("/Span <</ActualText " + hex(run.logical()) + ">> BDC\n").getBytes(StandardCharsets.US_ASCII));
                }
                if (run.face().outlinesOnly()) {
                    outlines(run, size, at, baseline, bold, grey);
                } else {
                    show(type0(run.face()), run.visual(), size, at, baseline, bold, grey);
                }
                if (run.actualText()) {
                    raw.write("EMC\n".getBytes(StandardCharsets.US_ASCII));
                }
            }
        }

        /** A run of an outline-only font, split where its characters fall in different Type 3 fonts. */
        private void outlines(TextLine.Run run, float size, float x, float baseline, boolean bold, float grey)
                throws IOException {
            Type3Glyphs glyphs = type3(run.face(), bold);
            String text = run.visual();
            float at = x;
            int start = 0;
            Type3Glyphs.Glyphs current = null;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                Type3Glyphs.Glyphs font = glyphs.fontFor(cp);
                if (current != null && font != current) {
                    String part = text.substring(start, i);
                    show(current, part, size, at, baseline, false, grey);
                    at += run.face().width(part) * size / 1000f;
                    start = i;
                }
                current = font;
                i += Character.charCount(cp);
            }
            if (current != null) {
                show(current, text.substring(start), size, at, baseline, false, grey);
            }
        }

        private void show(PDFont font, String text, float size, float x, float baseline, boolean bold, float grey)
                throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.setNonStrokingColor(grey);
            if (bold) {
                content.setRenderingMode(RenderingMode.FILL_STROKE);
                content.setStrokingColor(grey);
                content.setLineWidth(size * 0.04f);
            } else {
                content.setRenderingMode(RenderingMode.FILL);
                if (font instanceof Type3Glyphs.Glyphs) {
                    // a bold Type 3 glyph strokes with the current colour
                    content.setStrokingColor(grey);
                }
            }
            content.newLineAtOffset(x, baseline);
            content.showText(text);
            content.endText();
        }

        @Override
        public void close() throws IOException {
            content.close();
        }
    }

    /** A PDF text string in UTF-16 with its byte order mark, written in hex. */
    static String hex(String text) {
        StringBuilder sb = new StringBuilder(4 + text.length() * 4).append("<FEFF");
        for (int i = 0; i < text.length(); i++) {
            sb.append(String.format("%04X", (int) text.charAt(i)));
        }
        return sb.append('>').toString();
    }

    /** The content stream's bytes, written through by PDFBox and by the spans above. */
    private static final class Raw extends FilterOutputStream {
        Raw(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }
    }
}
