package org.summitplanner.printing;

/** A table column: its header text and its share of the width. */
public record Column(String label, float weight) {
}
