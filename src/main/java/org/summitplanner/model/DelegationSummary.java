package org.summitplanner.model;

import java.util.Objects;

/**
 * One nation's delegation at a summit, at a glance.
 *
 * @param status the nation's standing, or null when it has attendees but no participation row
 * @param size how many attendees it has
 * @param head its head of delegation, or null when it has none (the screens flag that)
 */
public record DelegationSummary(String nation, ParticipationStatus status, int size, Attendee head) {

    public DelegationSummary {
        Objects.requireNonNull(nation, "nation");
    }
}
