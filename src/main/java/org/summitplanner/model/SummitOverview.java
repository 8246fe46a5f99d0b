package org.summitplanner.model;

import java.util.List;
import java.util.Map;

/**
 * One summit at a glance.
 *
 * @param nationsByStatus the codes of the nations with each status, ordered by code
 */
public record SummitOverview(Summit summit, Map<ParticipationStatus, List<String>> nationsByStatus,
                             int attendees, int rooms, int agendaItems) {

    public SummitOverview {
        nationsByStatus = Map.copyOf(nationsByStatus);
    }

    public List<String> nationCodes(ParticipationStatus status) {
        return nationsByStatus.getOrDefault(status, List.of());
    }

    public int nations(ParticipationStatus status) {
        return nationCodes(status).size();
    }

    /** Nations that send people: invited, confirmed or observing. */
    public int nationsTakingPart() {
        return nationsByStatus.entrySet().stream()
                .filter(e -> e.getKey().takesPart())
                .mapToInt(e -> e.getValue().size()).sum();
    }
}
