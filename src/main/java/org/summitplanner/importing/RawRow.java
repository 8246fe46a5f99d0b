package org.summitplanner.importing;

import java.util.List;

/**
 * One row of an attendee list as read, before any meaning is given to it.
 *
 * @param row the row number as a spreadsheet shows it (the header is row 1)
 * @param line the line of the file where the row starts (CSV; equals {@code row} for XLSX)
 */
public record RawRow(int row, long line, List<String> cells) {

    public RawRow {
        cells = List.copyOf(cells);
    }

    /** The cell of column {@code index} (0-based), "" when the row is shorter. */
    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }
}
