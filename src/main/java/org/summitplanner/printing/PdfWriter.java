package org.summitplanner.printing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Writes a laid-out document as a PDF with PDFBox: real text in an embedded Unicode font, the
 * summit's header, the section heading and column headers on every page, "page X of Y" and the
 * time of printing in the footer, the classification line on top and bottom.
 */
public final class PdfWriter {

    private static final float RULE_GREY = 0.6f;
    private static final float SHADE = 0.93f;

    /**
     * Writes the document and returns its number of pages; stops with {@link PrintCancelledException}
     * when the progress says so.
     */
    public int write(LayoutDocument document, PrintSettings settings, PrintTexts texts, OutputStream out,
                      PrintProgress progress) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PdfFont font = new PdfFont(pdf);
            PageFrame frame = new PageFrame(settings, font, document);
            List<Page> pages = new Paginator(frame).paginate(document, progress);
            PageDrawer drawer = new PageDrawer(frame, font, document, settings, texts);
            for (int i = 0; i < pages.size(); i++) {
                if (progress.cancelled()) {
                    throw new PrintCancelledException();
                }
                PDPage page = new PDPage(new PDRectangle(frame.width, frame.height));
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    drawer.draw(content, pages.get(i));
                }
                progress.update(i + 1, pages.size());
            }
            describe(pdf, document, settings);
            pdf.save(out);
            return pages.size();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void describe(PDDocument pdf, LayoutDocument document, PrintSettings settings) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(document.title() + " — " + document.headerLines().get(0));
        info.setCreator("Summit Planner");
        info.setCreationDate(GregorianCalendar.from(settings.printedAt()));
        pdf.getDocumentCatalog().setLanguage(settings.locale().toLanguageTag());
    }

    /** Draws one page top-down in the order {@link PageFrame} measured it. */
    private static final class PageDrawer {
        private final PageFrame frame;
        private final PdfFont font;
        private final LayoutDocument document;
        private final PrintSettings settings;
        private final PrintTexts texts;
        private final List<Line> headerLines;

        PageDrawer(PageFrame frame, PdfFont font, LayoutDocument document, PrintSettings settings, PrintTexts texts) {
            this.frame = frame;
            this.font = font;
            this.document = document;
            this.settings = settings;
            this.texts = texts;
            this.headerLines = frame.headerLines();
        }

        void draw(PDPageContentStream c, Page page) throws IOException {
            Section section = document.sections().get(page.section());
            float left = PageFrame.MARGIN_X;
            float right = frame.width - PageFrame.MARGIN_X;
            float y = frame.height - PageFrame.MARGIN_Y;
            if (frame.classified) {
                centered(c, settings.classification(), y - 11f);
                y -= PageFrame.BAND;
            }
            y = lines(c, headerLines, left, y);
            y -= 4f;
            rule(c, left, right, y, 0f, 0.8f);
            y -= 4f;
            y -= 6f;
            y = lines(c, frame.sectionLines(section), left, y);
            y -= 6f;
            y = columnHeader(c, section, y);
            if (page.rows().isEmpty() && section.emptyText() != null) {
                lines(c, List.of(new Line(font.printable(section.emptyText()), Style.NORMAL,
                        Style.NORMAL.size() * section.scale())), left + PageFrame.PAD_X, y - PageFrame.PAD_Y - 4f);
            }
            float[] widths = frame.columnWidths(section);
            for (PlacedRow row : page.rows()) {
                y = row(c, row, widths, y);
            }
            footer(c, page);
        }

        private float columnHeader(PDPageContentStream c, Section section, float top) throws IOException {
            float height = frame.columnHeaderHeight(section);
            fill(c, PageFrame.MARGIN_X, top - height, frame.contentWidth(), height, 0.88f);
            float[] widths = frame.columnWidths(section);
            List<List<Line>> cells = frame.columnHeaderCells(section);
            float x = PageFrame.MARGIN_X;
            for (int i = 0; i < widths.length; i++) {
                lines(c, cells.get(i), x + PageFrame.PAD_X, top - PageFrame.PAD_Y);
                x += widths[i];
            }
            return top - height;
        }

        private float row(PDPageContentStream c, PlacedRow row, float[] widths, float top) throws IOException {
            float left = PageFrame.MARGIN_X;
            if (row.row() instanceof Row.Item item) {
                if (item.shaded()) {
                    fill(c, left, top - row.height(), frame.contentWidth(), row.height(), SHADE);
                }
                float x = left;
                for (int i = 0; i < row.cells().size(); i++) {
                    lines(c, row.cells().get(i), x + PageFrame.PAD_X, top - PageFrame.PAD_Y);
                    x += widths[i];
                }
                rule(c, left, left + frame.contentWidth(), top - row.height(), RULE_GREY, 0.4f);
            } else if (row.row() instanceof Row.Group) {
                lines(c, row.cells().get(0), left + PageFrame.PAD_X, top - PageFrame.PAD_Y - 4f);
                rule(c, left, left + frame.contentWidth(), top - row.height(), 0f, 0.6f);
            } else {
                lines(c, row.cells().get(0), left + PageFrame.PAD_X + 12f, top - PageFrame.PAD_Y);
                rule(c, left, left + frame.contentWidth(), top - row.height(), RULE_GREY, 0.4f);
            }
            return top - row.height();
        }

        private void footer(PDPageContentStream c, Page page) throws IOException {
            float base = PageFrame.MARGIN_Y + (frame.classified ? PageFrame.BAND : 0);
            rule(c, PageFrame.MARGIN_X, frame.width - PageFrame.MARGIN_X, base + PageFrame.FOOTER - 2f, RULE_GREY, 0.4f);
            float size = 8f;
            text(c, font.printable(texts.text("footer.printed", texts.printed(settings.printedAt()))), Style.NOTE, size,
                    PageFrame.MARGIN_X, base + 4f);
            String number = texts.text("footer.page", Integer.toString(page.number()), Integer.toString(page.of()));
            text(c, number, Style.NORMAL, size, frame.width - PageFrame.MARGIN_X - font.width(number, size), base + 4f);
            if (frame.classified) {
                centered(c, settings.classification(), PageFrame.MARGIN_Y + 4f);
            }
        }

        private void centered(PDPageContentStream c, String text, float baseline) throws IOException {
            String printable = font.printable(text);
            float size = 9f;
            text(c, printable, Style.BOLD, size, (frame.width - font.width(printable, size)) / 2, baseline);
        }

        /** Draws lines from a top edge downwards; returns the y under the last one. */
        private float lines(PDPageContentStream c, List<Line> lines, float x, float top) throws IOException {
            float y = top;
            for (Line line : lines) {
                text(c, line.text(), line.style(), line.size(), x, y - line.size() * 0.95f);
                y -= line.height();
            }
            return y;
        }

        private void text(PDPageContentStream c, String text, Style style, float size, float x, float baseline)
                throws IOException {
            if (text.isEmpty()) {
                return;
            }
            c.beginText();
            c.setFont(font.font(), size);
            c.setNonStrokingColor(style.grey());
            if (style.bold()) {
                // the embedded font has no bold face: stroking the outlines thickens it and keeps it text
                c.setRenderingMode(RenderingMode.FILL_STROKE);
                c.setStrokingColor(style.grey());
                c.setLineWidth(size * 0.04f);
            } else {
                c.setRenderingMode(RenderingMode.FILL);
            }
            c.newLineAtOffset(x, baseline);
            c.showText(text);
            c.endText();
        }

        private static void rule(PDPageContentStream c, float x1, float x2, float y, float grey, float width)
                throws IOException {
            c.setStrokingColor(grey);
            c.setLineWidth(width);
            c.moveTo(x1, y);
            c.lineTo(x2, y);
            c.stroke();
        }

        private static void fill(PDPageContentStream c, float x, float y, float w, float h, float grey) throws IOException {
            c.setNonStrokingColor(grey);
            c.addRect(x, y, w, h);
            c.fill();
        }
    }
}
