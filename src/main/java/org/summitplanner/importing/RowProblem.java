package org.summitplanner.importing;

/**
 * What is wrong with one cell (or with the row, when {@code column} is null).
 *
 * @param column the column's header as written in the file
 * @param value the cell as written (shortened when very long)
 */
public record RowProblem(String column, String value, String reason) {

    private static final int SHOWN = 60;

    public RowProblem {
        if (value != null && value.length() > SHOWN) {
            value = value.substring(0, SHOWN) + "… (" + value.length() + " characters)";
        }
    }

    /** "column "E-mail", value "jean@": not an email address" */
    public String describe() {
        if (column == null) {
            return reason;
        }
        return "column \"" + column + "\"" + (value == null || value.isEmpty() ? "" : ", value \"" + value + "\"")
                + ": " + reason;
    }
}
