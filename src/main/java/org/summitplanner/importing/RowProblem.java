package org.summitplanner.importing;

/**
 * What is wrong with one cell (or with the row, when {@code column} is null).
 *
 * @param column the column's header as written in the file
 * @param value the cell as written (shortened when very long)
 * @param reason what is wrong, in the import's language
 * @param description the whole message: "column "E-mail", value "jean@": not an email address"
 */
public record RowProblem(String column, String value, String reason, String description) {

    private static final int SHOWN = 60;

    static RowProblem of(Texts texts, String column, String value, String reason) {
        if (value != null && value.length() > SHOWN) {
            value = value.substring(0, SHOWN) + "… (" + value.length() + " characters)";
        }
        String description = column == null ? reason
                : value == null || value.isEmpty() ? texts.get("problem.column", column, reason)
                : texts.get("problem.cell", column, value, reason);
        return new RowProblem(column, value, reason, description);
    }

    public String describe() {
        return description;
    }
}
