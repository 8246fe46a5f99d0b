package org.summitplanner.printing;

import java.util.List;

/**
 * One page as it will be printed.
 *
 * @param section index of the section in the document
 * @param number 1-based page number as printed ("page X of Y")
 * @param of the Y of "page X of Y"
 */
record Page(int section, int number, int of, List<PlacedRow> rows) {

    Page {
        rows = List.copyOf(rows);
    }
}
