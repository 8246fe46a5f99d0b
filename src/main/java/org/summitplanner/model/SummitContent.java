package org.summitplanner.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything that belongs to one summit, as one value: what a summit file holds and what the
 * store writes or reads in one transaction. Ids inside are consistent with each other (agenda
 * items refer to rooms and attendees by their ids here), whether they are the database's ids or
 * provisional ones given before the summit is stored.
 *
 * @param bilaterals the requested bilateral meetings (a placed one refers to its agenda item by id)
 * @param precedence the summit's order of precedence as stored, null when none is (the default applies)
 */
public record SummitContent(Summit summit, List<Participation> participations, List<Room> rooms,
                            List<Attendee> attendees, List<AgendaItem> agenda, List<BilateralRequest> bilaterals,
                            Precedence precedence) {

    /** A summit without bilateral requests and without a stored order of precedence. */
    public SummitContent(Summit summit, List<Participation> participations, List<Room> rooms,
                         List<Attendee> attendees, List<AgendaItem> agenda) {
        this(summit, participations, rooms, attendees, agenda, List.of(), null);
    }

    /** A summit without a stored order of precedence. */
    public SummitContent(Summit summit, List<Participation> participations, List<Room> rooms,
                         List<Attendee> attendees, List<AgendaItem> agenda, List<BilateralRequest> bilaterals) {
        this(summit, participations, rooms, attendees, agenda, bilaterals, null);
    }

    /** A summit without bilateral requests. */
    public SummitContent(Summit summit, List<Participation> participations, List<Room> rooms,
                         List<Attendee> attendees, List<AgendaItem> agenda, Precedence precedence) {
        this(summit, participations, rooms, attendees, agenda, List.of(), precedence);
    }

    public SummitContent {
        Objects.requireNonNull(summit, "summit");
        participations = List.copyOf(participations);
        rooms = List.copyOf(rooms);
        attendees = List.copyOf(attendees);
        agenda = List.copyOf(agenda);
        bilaterals = bilaterals == null ? List.of() : List.copyOf(bilaterals);
    }
}
