package org.summitplanner.printing;

import java.util.List;

/** A row with its cells broken into lines, and its height on the page. */
record PlacedRow(Row row, List<List<Line>> cells, float height) {

    PlacedRow {
        cells = cells.stream().map(List::copyOf).toList();
    }
}
