package org.summitplanner.model;

import java.util.List;

/**
 * What the database removes with attendees besides their own row and agenda names: their own badge
 * category and zone ({@code attendee_badge}) and the chairs they sat on in seating plans (the chair
 * stays, empty). Kept by a deletion so that its undo gives them back exactly.
 */
public record AttendeeTraces(List<OwnBadge> badges, List<SeatTaken> seats) {

    public static final AttendeeTraces NONE = new AttendeeTraces(List.of(), List.of());

    public AttendeeTraces {
        badges = List.copyOf(badges);
        seats = List.copyOf(seats);
    }

    /** An attendee's own badge category code and access zone (either may be null). */
    public record OwnBadge(long attendeeId, String categoryCode, String accessZone) {
    }

    /** A chair of a stored plan and who sat there. */
    public record SeatTaken(long planId, int place, int tier, String nation, long attendeeId) {
    }

    public boolean isEmpty() {
        return badges.isEmpty() && seats.isEmpty();
    }
}
