package org.summitplanner.printing;

import java.util.ArrayList;
import java.util.List;

/**
 * The fixed parts of a page and where the table may go: margins, classification bands, the
 * summit header, the section heading, the column headers and the footer. The paginator and the
 * PDF writer both measure through here, so what is paginated is what is drawn.
 */
final class PageFrame {

    static final float MARGIN_X = 40f;
    static final float MARGIN_Y = 28f;
    static final float BAND = 16f;
    static final float FOOTER = 16f;
    static final float PAD_X = 3.5f;
    static final float PAD_Y = 3f;
    static final float HEADER_SIZE = 11.5f;
    static final float HEADER_SMALL = 8.5f;

    final float width;
    final float height;
    final boolean classified;
    private final Wrapper wrapper;
    private final LayoutDocument document;

    PageFrame(PrintSettings settings, TextMeasure measure, LayoutDocument document) {
        this.width = settings.paper().width(settings.orientation());
        this.height = settings.paper().height(settings.orientation());
        this.classified = settings.classification() != null;
        this.wrapper = new Wrapper(measure);
        this.document = document;
    }

    float contentWidth() {
        return width - 2 * MARGIN_X;
    }

    /** The summit's header lines: the first (the summit's name) large and bold. */
    List<Line> headerLines() {
        List<Line> lines = new ArrayList<>();
        List<String> texts = document.headerLines();
        for (int i = 0; i < texts.size(); i++) {
            Style style = i == 0 ? Style.BOLD : Style.SUBHEADING;
            float scale = i == 0 ? HEADER_SIZE / Style.BOLD.size() : HEADER_SMALL / Style.SUBHEADING.size();
            lines.addAll(wrapper.wrap(texts.get(i), style, scale, contentWidth()));
        }
        return lines;
    }

    /** Top of the page down to the rule under the summit's header. */
    float headerHeight() {
        return MARGIN_Y + (classified ? BAND : 0) + sum(headerLines()) + 8f;
    }

    List<Line> sectionLines(Section section) {
        List<Line> lines = new ArrayList<>();
        float headingScale = Math.min(section.scale(), 1.6f);
        lines.addAll(wrapper.wrap(section.heading(), Style.HEADING, headingScale, contentWidth()));
        for (String sub : section.subheadings()) {
            lines.addAll(wrapper.wrap(sub, Style.SUBHEADING, Math.min(section.scale(), 1.4f), contentWidth()));
        }
        return lines;
    }

    float sectionHeight(Section section) {
        return 6f + sum(sectionLines(section)) + 6f;
    }

    float[] columnWidths(Section section) {
        float total = 0;
        for (Column c : section.columns()) {
            total += c.weight();
        }
        float[] widths = new float[section.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = contentWidth() * section.columns().get(i).weight() / total;
        }
        return widths;
    }

    List<List<Line>> columnHeaderCells(Section section) {
        float[] widths = columnWidths(section);
        List<List<Line>> cells = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            cells.add(wrapper.wrap(section.columns().get(i).label(), Style.COLUMN, section.scale(), widths[i] - 2 * PAD_X));
        }
        return cells;
    }

    float columnHeaderHeight(Section section) {
        return cellsHeight(columnHeaderCells(section)) + 2 * PAD_Y;
    }

    float footerHeight() {
        return MARGIN_Y + (classified ? BAND : 0) + FOOTER;
    }

    /** Height left for rows on a page of this section. */
    float bodyHeight(Section section) {
        return height - headerHeight() - sectionHeight(section) - columnHeaderHeight(section) - footerHeight();
    }

    /** Lays out one row at the widths of its section's columns. */
    PlacedRow place(Row row, Section section) {
        List<List<Line>> cells = new ArrayList<>();
        if (row instanceof Row.Item item) {
            float[] widths = columnWidths(section);
            for (int i = 0; i < widths.length; i++) {
                List<Line> lines = new ArrayList<>();
                for (Para para : i < item.cells().size() ? item.cells().get(i) : List.<Para>of()) {
                    lines.addAll(wrapper.wrap(para.text(), para.style(), section.scale(), widths[i] - 2 * PAD_X));
                }
                cells.add(lines);
            }
        } else {
            Style style = row instanceof Row.Group ? Style.GROUP : Style.NOTE;
            String text = row instanceof Row.Group group ? group.text() : ((Row.Note) row).text();
            cells.add(wrapper.wrap(text, style, section.scale(), contentWidth() - 2 * PAD_X));
        }
        float extra = row instanceof Row.Group ? 4f : 0f;
        return new PlacedRow(row, cells, cellsHeight(cells) + 2 * PAD_Y + extra);
    }

    static float cellsHeight(List<List<Line>> cells) {
        float max = 0;
        for (List<Line> cell : cells) {
            max = Math.max(max, sum(cell));
        }
        return max;
    }

    static float sum(List<Line> lines) {
        float total = 0;
        for (Line line : lines) {
            total += line.height();
        }
        return total;
    }
}
