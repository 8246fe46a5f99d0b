package org.summitplanner.model;

import java.util.Map;

/**
 * The numbers of one summit at a glance.
 *
 * @param nationsByStatus how many nations have each status (every status present, zero if none)
 */
public record SummitOverview(Summit summit, Map<ParticipationStatus, Integer> nationsByStatus,
                             int attendees, int rooms, int agendaItems, int agendaParticipations) {

    public SummitOverview {
        nationsByStatus = Map.copyOf(nationsByStatus);
    }

    public int nations(ParticipationStatus status) {
        return nationsByStatus.getOrDefault(status, 0);
    }

    /** Nations that send people: invited, confirmed or observing. */
    public int nationsTakingPart() {
        return nationsByStatus.entrySet().stream()
                .filter(e -> e.getKey().takesPart())
                .mapToInt(Map.Entry::getValue).sum();
    }
}
