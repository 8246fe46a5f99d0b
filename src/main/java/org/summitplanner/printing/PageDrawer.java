package org.summitplanner.printing;

import java.io.IOException;
import java.util.List;

/** Draws one page top-down, on any canvas, in the order {@link PageFrame} measured it. */
final class PageDrawer {

    private static final float RULE_GREY = 0.6f;
    private static final float SHADE = 0.93f;

    private final PageFrame frame;
    private final TextMeasure font;
    private final LayoutDocument document;
    private final PrintSettings settings;
    private final PrintTexts texts;
    private final List<Line> headerLines;

    PageDrawer(PageFrame frame, TextMeasure font, LayoutDocument document, PrintSettings settings, PrintTexts texts) {
        this.frame = frame;
        this.font = font;
        this.document = document;
        this.settings = settings;
        this.texts = texts;
        this.headerLines = frame.headerLines();
    }

    void draw(PageCanvas c, Page page) throws IOException {
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

    private float columnHeader(PageCanvas c, Section section, float top) throws IOException {
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

    private float row(PageCanvas c, PlacedRow row, float[] widths, float top) throws IOException {
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

    private void footer(PageCanvas c, Page page) throws IOException {
        float base = PageFrame.MARGIN_Y + (frame.classified ? PageFrame.BAND : 0);
        rule(c, PageFrame.MARGIN_X, frame.width - PageFrame.MARGIN_X, base + PageFrame.FOOTER - 2f, RULE_GREY, 0.4f);
        float size = 8f;
        text(c, font.printable(texts.printed(settings.printedAt())), Style.NOTE, size,
                PageFrame.MARGIN_X, base + 4f);
        String number = texts.text("footer.page", Integer.toString(page.number()), Integer.toString(page.of()));
        text(c, number, Style.NORMAL, size, frame.width - PageFrame.MARGIN_X - font.width(number, size), base + 4f);
        if (frame.classified) {
            centered(c, settings.classification(), PageFrame.MARGIN_Y + 4f);
        }
    }

    private void centered(PageCanvas c, String text, float baseline) throws IOException {
        String printable = font.printable(text);
        float size = 9f;
        text(c, printable, Style.BOLD, size, (frame.width - font.width(printable, size)) / 2, baseline);
    }

    /** Draws lines from a top edge downwards; returns the y under the last one. */
    private float lines(PageCanvas c, List<Line> lines, float x, float top) throws IOException {
        float y = top;
        for (Line line : lines) {
            text(c, line.text(), line.style(), line.size(), x, y - line.size() * 0.95f);
            y -= line.height();
        }
        return y;
    }

    private void text(PageCanvas c, String text, Style style, float size, float x, float baseline) throws IOException {
        if (!text.isEmpty()) {
            c.text(text, style, size, x, baseline);
        }
    }

    private static void rule(PageCanvas c, float x1, float x2, float y, float grey, float width) throws IOException {
        c.rule(x1, x2, y, grey, width);
    }

    private static void fill(PageCanvas c, float x, float y, float w, float h, float grey) throws IOException {
        c.fill(x, y, w, h, grey);
    }
}
