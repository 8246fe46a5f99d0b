package org.summitplanner.printing;

import java.util.List;

/** A row of a section's table; a row is never split across pages. */
public sealed interface Row {

    /**
     * One item: a cell per column.
     *
     * @param itemKey the agenda item shown, so tests and callers can tell which row is which
     * @param shaded closed-door items are shaded so the door staff see them at a glance
     */
    record Item(String itemKey, List<List<Para>> cells, boolean shaded) implements Row {
        public Item {
            cells = cells.stream().map(List::copyOf).toList();
        }
    }

    /** A heading across the table (a day); kept on the page of the row that follows it. */
    record Group(String text) implements Row {
    }

    /** A line between items across the table (the time until the next item). */
    record Note(String text) implements Row {
    }
}
