package org.summitplanner.ui.agenda.timeline;

/** A column of the day timeline. */
public record TimelineRoom(long id, String name, int capacity) {
}
