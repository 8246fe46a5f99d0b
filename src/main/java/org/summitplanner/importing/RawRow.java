package org.summitplanner.importing;

import java.util.List;

/**
 * One row of an attendee list as read, before any meaning is given to it.
 *
 * @param row the row number as a spreadsheet shows it (the header is row 1)
 * @param line the line of the file where the row starts (CSV; equals {@code row} for XLSX)
 * @param issues what the reading found wrong with the row or one of its cells; the planner decides
 *        whether it matters (it does only in a column that is imported)
 */
public record RawRow(int row, long line, List<String> cells, List<Issue> issues) {

    public RawRow {
        cells = List.copyOf(cells);
        issues = List.copyOf(issues);
    }

    public RawRow(int row, long line, List<String> cells) {
        this(row, line, cells, List.of());
    }

    /** The cell of column {@code index} (0-based), "" when the row is shorter. */
    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    /** What kind of trouble the reading found. */
    public enum Kind {
        /** The row's bytes are not in the file's encoding; {@code detail} is the charset it was read in. */
        OTHER_ENCODING,
        /** A formula whose result the file does not hold; {@code detail} is the formula. */
        NO_RESULT,
        /** A formula whose saved result is an error; {@code detail} is the error ("#REF!"). */
        FORMULA_ERROR,
        /** A value in a column of a sheet that has no header; {@code detail} is the value. */
        NO_HEADER
    }

    /**
     * @param column the cell's column (0-based), or -1 for the whole row
     * @param detail what the kind says it is
     */
    public record Issue(Kind kind, int column, String detail) {
    }
}
