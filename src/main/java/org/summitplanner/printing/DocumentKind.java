package org.summitplanner.printing;

/** The four printed documents. */
public enum DocumentKind {
    /** Every item of a day or of every day. */
    AGENDA,
    /** One page per room and day, large type, for the door. */
    ROOM,
    /** What one delegation takes part in, with who goes where. */
    DELEGATION,
    /** One person's days, with the time between items. */
    ITINERARY
}
