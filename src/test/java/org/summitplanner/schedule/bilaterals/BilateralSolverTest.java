package org.summitplanner.schedule.bilaterals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.AgendaKind;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.BilateralRequest;
import org.summitplanner.model.BilateralStatus;
import org.summitplanner.model.Participation;
import org.summitplanner.model.ParticipationStatus;
import org.summitplanner.model.Role;
import org.summitplanner.model.Room;
import org.summitplanner.model.Summit;
import org.summitplanner.model.SummitContent;
import org.summitplanner.model.TimeRange;

/** The solver's choices on small summits made to force them. */
class BilateralSolverTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate DAY = LocalDate.of(2025, 3, 11);
    private static final Summit SUMMIT = new Summit(1, "Small", "FR", "Paris", null, DAY, DAY, PARIS, 0);
    /** One start only: 12:00 for a 30-minute meeting. */
    private static final BilateralSolver.Settings NOON = new BilateralSolver.Settings(LocalTime.of(12, 0),
            LocalTime.of(12, 30), 15, Duration.ofSeconds(2));

    private static Attendee person(long id, String nation, Role role, boolean head, String... languages) {
        return new Attendee(id, nation.toLowerCase() + id, nation, "Given", "Family " + id, null, null, role, head, null,
                null, List.of(languages), null, null, null, 0);
    }

    private static Participation standing(long id, String nation, ParticipationStatus status) {
        return new Participation(id, nation, status, null, null, null, 0);
    }

    private static BilateralRequest request(long id, String nation, String with, int priority, String... languages) {
        return new BilateralRequest(id, nation, with, 30, priority, List.of(languages), BilateralStatus.REQUESTED, null,
                null, 0);
    }

    private static SummitContent summit(List<Room> rooms, List<AgendaItem> agenda, List<BilateralRequest> requests) {
        List<Participation> standings = List.of(standing(1, "FR", ParticipationStatus.CONFIRMED),
                standing(2, "UA", ParticipationStatus.CONFIRMED), standing(3, "DE", ParticipationStatus.OBSERVER),
                standing(4, "US", ParticipationStatus.NOT_INVITED), standing(5, "GB", ParticipationStatus.CONFIRMED));
        List<Attendee> people = List.of(person(1, "FR", Role.HEAD_OF_STATE, true),
                person(2, "UA", Role.HEAD_OF_STATE, true), person(3, "DE", Role.HEAD_OF_GOVERNMENT, true),
                person(4, "US", Role.HEAD_OF_STATE, true), person(5, "GB", Role.MINISTER, false),
                person(6, "UA", Role.INTERPRETER, false, "uk", "fr"), person(7, "FR", Role.INTERPRETER, false, "uk"));
        return new SummitContent(SUMMIT, standings, rooms, people, agenda, requests);
    }

    private static Map<Long, Unplaced.Reason> reasons(Proposal p) {
        return p.unplaced().stream().collect(Collectors.toMap(u -> u.request().id(), Unplaced::reason));
    }

    @Test
    void whenTwoRequestsWantTheOneFreeTimeTheHigherPriorityGetsIt() {
        SummitContent content = summit(List.of(new Room(1, null, "Salon vert", "Élysée", 8, 0)), List.of(),
                List.of(request(1, "UA", "DE", 4), request(2, "UA", "FR", 1)));
        Proposal p = new BilateralSolver().propose(content, NOON, null);
        assertEquals(List.of(2L), p.meetings().stream().map(m -> m.request().id()).toList());
        assertEquals(Map.of(1L, Unplaced.Reason.NO_FREE_SLOT), reasons(p));
        assertEquals(0, p.hardBroken());
    }

    @Test
    void requestsThatCannotBePlacedSayWhy() {
        var busy = new AgendaItem(1, null, "Lunch", AgendaKind.MEAL, new TimeRange(SUMMIT.toInstant(DAY.atTime(11, 0)),
                SUMMIT.toInstant(DAY.atTime(13, 0))), null, false, null, List.of(3L), List.of(), 0);
        SummitContent content = summit(List.of(new Room(1, null, "Booth", "Élysée", 2, 0)), List.of(busy),
                List.of(request(1, "FR", "US", 1), request(2, "FR", "GB", 1), request(3, "FR", "DE", 1),
                        request(4, "FR", "UA", 1, "uk"), request(5, "FR", "UA", 1)));
        Proposal p = new BilateralSolver().propose(content, NOON, null);
        assertEquals(Map.of(1L, Unplaced.Reason.NATION_NOT_TAKING_PART, 2L, Unplaced.Reason.NO_HEAD_OF_DELEGATION,
                3L, Unplaced.Reason.NO_COMMON_TIME, 4L, Unplaced.Reason.NO_ROOM_BIG_ENOUGH), reasons(p));
        assertEquals(List.of(5L), p.meetings().stream().map(m -> m.request().id()).toList());
    }

    @Test
    void aFreeInterpreterOfEitherDelegationComesAndABusyOneDoesNot() {
        var busy = new AgendaItem(1, null, "Briefing", AgendaKind.OTHER, new TimeRange(SUMMIT.toInstant(DAY.atTime(11, 30)),
                SUMMIT.toInstant(DAY.atTime(12, 15))), null, false, null, List.of(6L), List.of(), 0);
        SummitContent content = summit(List.of(new Room(1, null, "Salon vert", "Élysée", 8, 0)), List.of(busy),
                List.of(request(1, "FR", "UA", 1, "uk", "fr")));
        Proposal p = new BilateralSolver().propose(content, NOON, null);
        ProposedMeeting m = p.meetings().get(0);
        // the Ukrainian interpreter (uk, fr) is briefing until 12:15; the French one speaks uk only
        assertEquals(List.of(7L), m.interpreterIds());
        assertEquals(List.of("fr"), m.missingLanguages());
        assertEquals(List.of(1L, 2L, 7L), m.attendeeIds());
        assertTrue(m.closed());
    }

    @Test
    void aRoomMarkedNotForBilateralsIsNeverProposedAndWhenOnlySuchRoomsFitTheRequestSaysSo() {
        Room pressRoom = new Room(1, null, "Salle de presse", "Marigny", 150, 0, null, false);
        Room salon = new Room(2, null, "Salon vert", "Élysée", 3, 0);
        // 1: FR–UA fits the salon; 2: FR–UA with an interpreter needs 3 seats, the salon is taken at noon;
        // 3: FR–UA with two interpreters needs 4 seats: only the press room seats them
        SummitContent content = summit(List.of(pressRoom, salon), List.of(),
                List.of(request(1, "FR", "UA", 1), request(2, "FR", "UA", 2, "uk"), request(3, "FR", "UA", 3, "uk", "fr")));
        Proposal p = new BilateralSolver().propose(content, NOON, null);
        assertEquals(List.of("Salon vert"), p.meetings().stream().map(m -> m.room().name()).toList());
        assertEquals(Map.of(2L, Unplaced.Reason.NO_FREE_SLOT, 3L, Unplaced.Reason.NO_ROOM_FOR_BILATERALS), reasons(p));
        assertEquals(0, p.hardBroken());

        // with the press room usable again, the request it alone seats is placed there
        Proposal open = new BilateralSolver().propose(summit(List.of(pressRoom.withBilaterals(true), salon), List.of(),
                List.of(request(3, "FR", "UA", 3, "uk", "fr"))), NOON, null);
        assertEquals(List.of("Salle de presse"), open.meetings().stream().map(m -> m.room().name()).toList());
    }

    @Test
    void bilateralsAlreadyInARoomNotForBilateralsAreKeptAndListed() {
        Room pressRoom = new Room(1, null, "Salle de presse", "Marigny", 150, 0, null, false);
        Room salon = new Room(2, null, "Salon vert", "Élysée", 8, 0);
        TimeRange ten = new TimeRange(SUMMIT.toInstant(DAY.atTime(10, 0)), SUMMIT.toInstant(DAY.atTime(10, 30)));
        TimeRange nine = new TimeRange(SUMMIT.toInstant(DAY.atTime(9, 0)), SUMMIT.toInstant(DAY.atTime(9, 30)));
        var byHand = new AgendaItem(1, null, "Bilateral FR–UA", AgendaKind.BILATERAL, ten, 1L, true, null,
                List.of(1L, 2L), List.of(), 0);
        var briefing = new AgendaItem(2, null, "Press briefing", AgendaKind.PRESS, ten, 1L, false, null, List.of(),
                List.of(), 0);
        var heldForRequest = new AgendaItem(3, null, "FR and GB", AgendaKind.OTHER, nine, 1L, true, null, List.of(1L),
                List.of(), 0);
        var inSalon = new AgendaItem(4, null, "Bilateral FR–DE", AgendaKind.BILATERAL, nine, 2L, true, null,
                List.of(1L, 3L), List.of(), 0);
        BilateralRequest placed = new BilateralRequest(1, "FR", "GB", 30, 3, List.of(), BilateralStatus.PLACED, 3L,
                null, 0);
        SummitContent content = summit(List.of(pressRoom, salon), List.of(byHand, briefing, heldForRequest, inSalon),
                List.of(placed));
        assertEquals(List.of(new KeptMeeting(heldForRequest, pressRoom), new KeptMeeting(byHand, pressRoom)),
                KeptMeeting.in(content));
        assertEquals(List.of(), KeptMeeting.in(summit(List.of(pressRoom.withBilaterals(true), salon),
                List.of(byHand, briefing, heldForRequest, inSalon), List.of(placed))));
    }
}
