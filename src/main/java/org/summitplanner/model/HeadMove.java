package org.summitplanner.model;

import java.util.List;

/**
 * What moving the head-of-delegation mark changed: the attendees involved as they were before and
 * as they are after, in the same order (the former head first when there was one). Writing
 * {@code before} back undoes the move.
 */
public record HeadMove(List<Attendee> before, List<Attendee> after) {

    public HeadMove {
        before = List.copyOf(before);
        after = List.copyOf(after);
        if (before.size() != after.size()) {
            throw new IllegalArgumentException("before and after differ in size");
        }
    }

    /** The attendee who has the mark now. */
    public Attendee head() {
        return after.get(after.size() - 1);
    }

    /** The attendee who had the mark, as stored now (without it), or null when the delegation had no head. */
    public Attendee formerHead() {
        return after.size() > 1 ? after.get(0) : null;
    }
}
