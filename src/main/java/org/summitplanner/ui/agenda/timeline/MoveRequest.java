package org.summitplanner.ui.agenda.timeline;

import java.time.LocalDateTime;

/**
 * What the user asked for by dragging a block or with Alt+arrows: the item at a new time and/or
 * in another room (0 = no room). The timeline does not move the block itself.
 */
public record MoveRequest(long itemId, long roomId, LocalDateTime start, LocalDateTime end) {
}
