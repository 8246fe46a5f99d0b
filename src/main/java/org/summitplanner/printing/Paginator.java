package org.summitplanner.printing;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts a document's rows on pages: a row goes whole to the next page when it does not fit, a day
 * heading or a note stays with the row after it, and every section starts on a new page. Only a
 * row taller than a whole page is cut, between lines, because nothing else can print it.
 */
final class Paginator {

    private final PageFrame frame;

    Paginator(PageFrame frame) {
        this.frame = frame;
    }

    List<Page> paginate(LayoutDocument document, PrintProgress progress) {
        List<List<List<PlacedRow>>> sections = new ArrayList<>();
        int total = 0;
        int count = document.sections().size();
        for (Section section : document.sections()) {
            if (progress.cancelled()) {
                throw new PrintCancelledException();
            }
            List<List<PlacedRow>> pages = paginate(section);
            sections.add(pages);
            total += pages.size();
            progress.update(sections.size(), count);
        }
        List<Page> pages = new ArrayList<>(total);
        int number = 0;
        for (int s = 0; s < sections.size(); s++) {
            List<List<PlacedRow>> sectionPages = sections.get(s);
            for (int p = 0; p < sectionPages.size(); p++) {
                number++;
                pages.add(document.numberEachSection() ? new Page(s, p + 1, sectionPages.size(), sectionPages.get(p))
                        : new Page(s, number, total, sectionPages.get(p)));
            }
        }
        return pages;
    }

    private List<List<PlacedRow>> paginate(Section section) {
        float body = frame.bodyHeight(section);
        List<List<PlacedRow>> pages = new ArrayList<>();
        List<PlacedRow> page = new ArrayList<>();
        float used = 0;
        List<PlacedRow> placed = new ArrayList<>(section.rows().size());
        for (Row row : section.rows()) {
            placed.add(frame.place(row, section));
        }
        for (int i = 0; i < placed.size(); i++) {
            PlacedRow row = placed.get(i);
            float need = row.height();
            boolean keepWithNext = !(row.row() instanceof Row.Item) && i + 1 < placed.size();
            if (keepWithNext && row.height() + placed.get(i + 1).height() <= body) {
                need += placed.get(i + 1).height();
            }
            if (used + need > body && !page.isEmpty()) {
                pages.add(page);
                page = new ArrayList<>();
                used = 0;
            }
            while (row.height() > body - used) {
                PlacedRow[] parts = split(row, body - used);
                page.add(parts[0]);
                pages.add(page);
                page = new ArrayList<>();
                used = 0;
                row = parts[1];
            }
            page.add(row);
            used += row.height();
        }
        pages.add(page);
        return pages;
    }

    /** Cuts a row taller than a page between lines: what fits, and the rest. */
    private static PlacedRow[] split(PlacedRow row, float available) {
        float room = available - 2 * PageFrame.PAD_Y;
        List<List<Line>> first = new ArrayList<>();
        List<List<Line>> rest = new ArrayList<>();
        for (List<Line> cell : row.cells()) {
            float h = 0;
            int n = 0;
            while (n < cell.size() && h + cell.get(n).height() <= room) {
                h += cell.get(n).height();
                n++;
            }
            n = Math.max(n, Math.min(1, cell.size()));
            first.add(cell.subList(0, n));
            rest.add(cell.subList(n, cell.size()));
        }
        return new PlacedRow[] {
            new PlacedRow(row.row(), first, PageFrame.cellsHeight(first) + 2 * PageFrame.PAD_Y),
            new PlacedRow(row.row(), rest, PageFrame.cellsHeight(rest) + 2 * PageFrame.PAD_Y)};
    }
}
