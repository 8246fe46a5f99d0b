package org.summitplanner.printing;

import java.util.List;

/**
 * A part of a document that starts on a new page: a day of the agenda, a room on a day, a
 * delegation, a person. Its heading and the table's column headers are repeated on every page
 * it runs to.
 *
 * @param scale type size factor (the room programme is printed large, for the door)
 * @param emptyText what the section says when it has no rows
 */
public record Section(String heading, List<String> subheadings, List<Column> columns, List<Row> rows,
                      float scale, String emptyText) {

    public Section {
        subheadings = List.copyOf(subheadings);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
