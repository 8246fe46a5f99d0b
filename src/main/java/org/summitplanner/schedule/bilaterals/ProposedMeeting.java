package org.summitplanner.schedule.bilaterals;

import java.util.List;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.AgendaKind;
import org.summitplanner.model.BilateralRequest;
import org.summitplanner.model.Room;
import org.summitplanner.model.TimeRange;

/**
 * A time and room the solver proposes for a request, with who takes part.
 *
 * @param attendeeIds the two heads of delegation, then the interpreters who are free
 * @param interpreterIds the interpreters among them
 * @param missingLanguages requested languages for which no interpreter of the two delegations is free
 * @param closed closed-door, unless someone taking part is press (the checks flag press in closed sessions)
 */
public record ProposedMeeting(BilateralRequest request, TimeRange time, Room room, List<Long> attendeeIds,
                              List<Long> interpreterIds, List<String> missingLanguages, boolean closed) {

    public ProposedMeeting {
        attendeeIds = List.copyOf(attendeeIds);
        interpreterIds = List.copyOf(interpreterIds);
        missingLanguages = List.copyOf(missingLanguages);
    }

    /** The agenda item that holds the meeting: a bilateral naming the heads and interpreters. */
    public AgendaItem agendaItem(long id, String title, String titleFr, String description) {
        return agendaItem(id, title, titleFr, description, null);
    }

    /** The same, with the description in French too (printed in French documents). */
    public AgendaItem agendaItem(long id, String title, String titleFr, String description, String descriptionFr) {
        return new AgendaItem(id, null, title, AgendaKind.BILATERAL, time, room.id(), closed, description, attendeeIds,
                List.of(), 0, titleFr, descriptionFr);
    }
}
