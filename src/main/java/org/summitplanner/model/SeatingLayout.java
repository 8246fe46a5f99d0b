package org.summitplanner.model;

/** How the seats of a seating plan are arranged. */
public enum SeatingLayout {
    /** A hollow square (U when open at the front): one place per delegation, the head at the table, two behind. */
    PLENARY,
    /** One round table: the host at the top, honour to the host's right, then left, alternating. */
    ROUND,
    /** Rows facing a stage: delegations in order from the front row, left to right. */
    THEATRE
}
