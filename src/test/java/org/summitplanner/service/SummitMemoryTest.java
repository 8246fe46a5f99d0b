package org.summitplanner.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.NationStanding;
import org.summitplanner.model.ParticipationStatus;
import org.summitplanner.model.Room;
import org.summitplanner.model.Summit;
import org.summitplanner.model.SummitContent;
import org.summitplanner.model.TimeRange;
import org.summitplanner.schedule.Finding;
import org.summitplanner.schedule.ScheduleChecks;
import org.summitplanner.schedule.SummitCheck;
import org.summitplanner.store.Database;
import org.summitplanner.errors.DatabaseException;
import org.summitplanner.store.AgendaStore;
import org.summitplanner.store.RoomStore;
import org.summitplanner.store.SummitStore;
import org.summitplanner.store.TestDatabases;

/**
 * The summit kept in memory follows every kind of write made through the services (and the database's
 * cascades behind them), undo included: after each, the check from memory equals a check of the summit
 * read whole from the database, content and findings.
 */
class SummitMemoryTest {

    private Database database;
    private Services services;
    private long summitId;

    @BeforeEach
    void demo() {
        database = TestDatabases.fresh();
        services = Services.of(database);
        summitId = services.summits().loadDemo().id();
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** The check from memory, compared with a check of the summit read whole. */
    private SummitCheck checkedAgainstTheDatabase() {
        SummitCheck fromMemory = services.checks().check(summitId);
        SummitContent read = new SummitStore(database).read(summitId);
        // what the checks read: the bilateral requests are read fresh by BilateralService, never kept
        SummitContent stored = new SummitContent(read.summit(), read.participations(), read.rooms(), read.attendees(),
                read.agenda());
        assertEquals(stored, fromMemory.content());
        List<Finding> full = new ScheduleChecks().check(stored, stored.summit().transferTime());
        assertEquals(full, fromMemory.findings().stream().map(f -> f.finding()).toList());
        // the agenda screen's read from memory lists what the database's queries list, in their order
        AgendaService.Agenda fromDatabase = new AgendaService(new AgendaStore(database), new RoomStore(database))
                .agenda(summitId);
        AgendaService.Agenda agenda = services.agenda().agenda(summitId);
        assertEquals(fromDatabase.items(), agenda.items());
        assertEquals(fromDatabase.rooms(), agenda.rooms());
        assertEquals(fromDatabase.choices(), agenda.choices());
        return fromMemory;
    }

    private AgendaItem item(String key) {
        return services.agenda().items(summitId).stream().filter(i -> key.equals(i.key())).findFirst().orElseThrow();
    }

    private Attendee attendee(String key) {
        return services.attendees().attendees(summitId).stream().filter(a -> key.equals(a.key())).findFirst()
                .orElseThrow();
    }

    @Test
    void followsMovesParticipantsAddsAndDeletesOfItems() {
        int before = checkedAgainstTheDatabase().findings().size();
        AgendaItem plenary = item("opening");
        AgendaItem moved = services.agenda().update(new AgendaItem(plenary.id(), plenary.key(), plenary.title(),
                plenary.kind(), new TimeRange(plenary.time().start().plus(Duration.ofHours(1)),
                plenary.time().end().plus(Duration.ofHours(1))), plenary.roomId(), plenary.closed(),
                plenary.description(), plenary.attendeeIds(), plenary.nations(), plenary.version()));
        checkedAgainstTheDatabase();
        services.agenda().update(new AgendaItem(moved.id(), moved.key(), moved.title(), moved.kind(), moved.time(),
                moved.roomId(), moved.closed(), moved.description(), List.of(attendee("us-1").id()), List.of("HU"),
                moved.version()));
        assertNotEquals(before, checkedAgainstTheDatabase().findings().size());
        AgendaItem copy = services.agenda().duplicate(summitId, item("opening"), "Opening (copy)");
        checkedAgainstTheDatabase();
        AgendaService.DeletedItem deleted = services.agenda().delete(summitId, copy);
        checkedAgainstTheDatabase();
        services.agenda().restore(deleted);
        checkedAgainstTheDatabase();
    }

    @Test
    void followsAttendeesThroughTheCascadeOfADeletionAndItsUndo() {
        checkedAgainstTheDatabase();
        Attendee minister = attendee("de-1");
        Attendee renamed = services.attendees().update(new Attendee(minister.id(), minister.key(), "HU",
                minister.givenName(), minister.familyName() + " Jr", minister.honorific(), minister.position(),
                minister.role(), false, minister.email(), minister.phone(), minister.languages(),
                minister.arrivesAt(), minister.departsAt(), minister.notes(), minister.version()));
        checkedAgainstTheDatabase();
        // the database drops the attendee from the items naming them, without moving the items' versions
        AttendeeService.DeletedAttendee deleted = services.attendees().delete(summitId, renamed);
        assertTrue(!deleted.agendaItemIds().isEmpty());
        checkedAgainstTheDatabase();
        // undo puts them back on those items, again without moving the items' versions
        services.attendees().restore(deleted);
        checkedAgainstTheDatabase();
    }

    @Test
    void followsRoomsTheirBuildingsAndDeletionsAndStandings() {
        checkedAgainstTheDatabase();
        Room room = services.rooms().rooms(summitId).stream().map(RoomService.RoomRow::room)
                .filter(r -> r.building() != null && services.rooms().bookings(r.id()).size() > 1).findFirst()
                .orElseThrow();
        Room moved = services.rooms().update(new Room(room.id(), room.key(), room.name() + " bis", "Annexe", 2,
                room.version()));
        checkedAgainstTheDatabase();
        RoomService.DeletedRoom deleted = services.rooms().delete(summitId, moved);
        checkedAgainstTheDatabase();
        services.rooms().restore(deleted);
        checkedAgainstTheDatabase();
        NationStanding us = services.nations().standings(summitId).stream().filter(s -> s.code().equals("US"))
                .findFirst().orElseThrow();
        services.nations().setStatus(summitId, List.of(us), ParticipationStatus.CONFIRMED);
        checkedAgainstTheDatabase();
        NationStanding fr = services.nations().standings(summitId).stream().filter(s -> s.code().equals("FR"))
                .findFirst().orElseThrow();
        services.nations().remove(summitId, List.of(fr));
        checkedAgainstTheDatabase();
    }

    @Test
    void aChangedSummitIsReadAgainAndAnotherSummitToo() {
        checkedAgainstTheDatabase();
        Summit summit = services.summits().summit(summitId);
        services.summits().updateSummit(new Summit(summit.id(), summit.name(), summit.hostNation(), summit.city(),
                summit.venue(), summit.firstDay(), summit.lastDay(), summit.timeZone(), 0, summit.version()));
        checkedAgainstTheDatabase();
        long other = services.summits().createSummit(new Summit(0, "Other", "FR", "Lyon", null, summit.firstDay(),
                summit.lastDay(), summit.timeZone(), 0)).id();
        assertEquals(List.of(), services.checks().check(other).findings());
        checkedAgainstTheDatabase();
        services.summits().deleteSummit(other);
        assertThrows(DatabaseException.class, () -> services.checks().check(other));
    }
}
