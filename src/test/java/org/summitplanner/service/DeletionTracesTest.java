package org.summitplanner.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.AttendeeTraces;
import org.summitplanner.model.BadgeScheme;
import org.summitplanner.model.Seat;
import org.summitplanner.model.SeatingLayout;
import org.summitplanner.model.SeatingPlan;
import org.summitplanner.store.AttendeeImportStore;
import org.summitplanner.store.Database;
import org.summitplanner.store.TestDatabases;

/**
 * Undoing a deletion gives back what went with the deleted rows: an attendee's own badge and seats (after
 * a deletion or an import's undo), an agenda item's seating plan. Compared row by row as stored.
 */
class DeletionTracesTest {

    private Database database;
    private Services services;
    private long summitId;
    private AgendaItem opening;
    private SeatingPlan plan;
    private Attendee seated;

    @BeforeEach
    void load() {
        database = TestDatabases.fresh();
        services = Services.of(database);
        summitId = services.summits().loadDemo().id();
        opening = services.seating().findItem(summitId, "opening");
        plan = services.seating().save(summitId, services.seating().generate(summitId, opening.id(), SeatingLayout.PLENARY));
        // someone seated who is named on no agenda item (an import's undo refuses those), at a chair behind
        List<Long> ids = plan.seats().stream().filter(s -> s.attendeeId() != null && s.tier() > 0)
                .map(Seat::attendeeId).toList();
        seated = services.attendees().attendees(summitId).stream().filter(a -> ids.contains(a.id()))
                .filter(a -> services.attendees().references(a.id()).isEmpty()).findFirst().orElseThrow();
        BadgeScheme scheme = services.badges().scheme(summitId);
        Map<Long, String> categories = new HashMap<>(scheme.attendeeCategories());
        categories.put(seated.id(), "PRESS");
        Map<Long, String> zones = new HashMap<>(scheme.attendeeZones());
        zones.put(seated.id(), "Z — salle de presse");
        services.badges().saveScheme(summitId, new BadgeScheme(scheme.categories(), scheme.roleDefaults(), categories,
                zones, scheme.quotas()));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private List<String> badgeRows() {
        return database.dsl().fetch("SELECT attendee_id, category_code, access_zone FROM attendee_badge "
                + "ORDER BY attendee_id").map(r -> r.intoList().toString());
    }

    private List<String> seatRows() {
        return database.dsl().fetch("SELECT plan_id, seat_no, tier, nation_code, attendee_id FROM seating_seat "
                + "ORDER BY plan_id, seat_no, tier").map(r -> r.intoList().toString());
    }

    @Test
    void undoingAnAttendeesDeletionGivesBackTheirBadgeAndSeats() {
        List<String> badges = badgeRows();
        List<String> seats = seatRows();
        assertTrue(badges.stream().anyMatch(r -> r.startsWith("[" + seated.id() + ", PRESS")), badges.toString());

        AttendeeService.DeletedAttendee deleted = services.attendees().delete(summitId, seated);
        assertEquals(1, deleted.traces().badges().size());
        assertFalse(deleted.traces().seats().isEmpty());
        assertNotEquals(badges, badgeRows());
        assertNotEquals(seats, seatRows());
        SeatingPlan emptied = services.seating().plan(opening.id()).orElseThrow();
        assertTrue(emptied.version() > plan.version(), "a screen holding the plan must see it changed");
        assertTrue(emptied.seats().stream().noneMatch(s -> Long.valueOf(seated.id()).equals(s.attendeeId())));

        services.attendees().restore(deleted);
        assertEquals(badges, badgeRows());
        assertEquals(seats, seatRows());

        // and again: delete, undo, redo of the undo
        deleted = services.attendees().delete(summitId, services.attendees().reload(seated));
        services.attendees().restore(deleted);
        assertEquals(badges, badgeRows());
        assertEquals(seats, seatRows());
    }

    @Test
    void aChairGivenToSomeoneElseMeanwhileStaysTheirs() {
        AttendeeService.DeletedAttendee deleted = services.attendees().delete(summitId, seated);
        AttendeeTraces.SeatTaken chair = deleted.traces().seats().get(0);
        SeatingPlan now = services.seating().plan(opening.id()).orElseThrow();
        Seat other = now.seats().stream().filter(s -> s.attendeeId() != null).findFirst().orElseThrow();
        // the empty chair and the other person's are swapped: the other person now sits on it
        now = services.seating().save(summitId, now.swap(chair.place(), chair.tier(), other.place(), other.tier()));
        List<String> seats = seatRows();
        services.attendees().restore(deleted);
        assertEquals(seats, seatRows());
        assertTrue(badgeRows().stream().anyMatch(r -> r.startsWith("[" + seated.id() + ", PRESS")));
    }

    @Test
    void undoingAnImportThatAddedSomeoneAndRedoingItGivesBackTheirBadgeAndSeats() {
        AttendeeImportStore imports = new AttendeeImportStore(database);
        List<String> badges = badgeRows();
        List<String> seats = seatRows();
        Attendee now = services.attendees().reload(seated);
        // the undo of an import that added the attendee removes them; its redo puts them back
        AttendeeImportStore.Swapped undone = imports.swap(summitId, List.of(now), List.of(), AttendeeTraces.NONE,
                null, List.of(), List.of());
        assertTrue(services.attendees().current(seated.id()).isEmpty());
        assertEquals(1, undone.removedTraces().badges().size());
        assertNotEquals(seats, seatRows());
        imports.swap(summitId, List.of(), List.of(now), undone.removedTraces(), null, List.of(), List.of());
        assertEquals(badges, badgeRows());
        assertEquals(seats, seatRows());
    }

    @Test
    void undoingAnAgendaItemsDeletionGivesBackItsSeatingPlan() {
        List<String> seats = seatRows();
        AgendaService.DeletedItem deleted = services.agenda().delete(summitId, services.agenda().reload(opening));
        assertTrue(services.seating().plan(opening.id()).isEmpty());
        assertTrue(seatRows().isEmpty());
        services.agenda().restore(deleted);
        assertEquals(seats, seatRows());
        assertEquals(plan, services.seating().plan(opening.id()).orElseThrow());
    }
}
