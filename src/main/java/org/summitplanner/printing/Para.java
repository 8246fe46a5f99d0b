package org.summitplanner.printing;

import java.util.Objects;

/** A paragraph of a table cell: text in one style, wrapped to the cell's width when laid out. */
public record Para(String text, Style style) {

    public Para {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(style, "style");
    }
}
