package org.summitplanner.ui.agenda.timeline;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A block of the day timeline, in the summit's local time.
 *
 * @param kind the name of an {@code AgendaKind} (PLENARY, WORKING_SESSION ...); it picks the colour
 * @param roomId the room's id, or 0 for an item without a room
 */
public record TimelineItem(long id, String title, String kind, long roomId, LocalDateTime start, LocalDateTime end,
                           boolean closed) {

    public TimelineItem {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        title = title == null ? "" : title;
        kind = kind == null ? "OTHER" : kind;
    }
}
