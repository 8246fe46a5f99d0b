package org.summitplanner.model;

import java.util.Objects;

/**
 * One chair of a seating plan.
 *
 * @param place the delegation's place, from 0 (the host's or the first); in a theatre, the chair's number
 * @param tier 0 at the table; 1 and 2 the two chairs behind it (plenary)
 * @param nation the delegation the chair is for
 * @param attendeeId who sits there; null when the chair is the delegation's without a named person
 */
public record Seat(int place, int tier, String nation, Long attendeeId) {

    public Seat {
        Objects.requireNonNull(nation, "nation");
        if (place < 0 || tier < 0 || tier > 2) {
            throw new IllegalArgumentException("no seat " + place + "/" + tier);
        }
    }

    public Seat withOccupant(String newNation, Long newAttendeeId) {
        return new Seat(place, tier, newNation, newAttendeeId);
    }
}
