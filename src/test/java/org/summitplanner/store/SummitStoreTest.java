package org.summitplanner.store;

import org.summitplanner.errors.StaleDataException;
import org.summitplanner.errors.DuplicateKeyException;
import org.summitplanner.errors.DatabaseException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.AgendaKind;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.Participation;
import org.summitplanner.model.ParticipationStatus;
import org.summitplanner.model.Role;
import org.summitplanner.model.Room;
import org.summitplanner.model.Summit;
import org.summitplanner.model.SummitContent;
import org.summitplanner.model.SummitOverview;
import org.summitplanner.model.TimeRange;

class SummitStoreTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant NINE = Instant.parse("2025-03-11T08:00:00Z");

    private final Database database = TestDatabases.fresh();
    private final SummitStore store = new SummitStore(database);

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void storesAWholeSummitAndReadsItBackWithNewIds() {
        long id = store.insert(content());
        SummitContent read = store.read(id);

        assertEquals("Paris test", read.summit().name());
        assertEquals(PARIS, read.summit().timeZone());
        assertEquals(List.of("FR", "UA", "US"), read.participations().stream().map(Participation::nation).toList());
        assertEquals(ParticipationStatus.NOT_INVITED, read.participations().get(2).status());

        Room room = read.rooms().get(0);
        assertEquals("murat", room.key());
        Attendee head = read.attendees().get(0);
        assertTrue(head.headOfDelegation());
        assertFalse(read.attendees().get(1).headOfDelegation());
        assertEquals(List.of("fr", "en"), head.languages());
        assertEquals(NINE.minusSeconds(3600), head.arrivesAt());

        AgendaItem item = read.agenda().get(0);
        assertEquals(new TimeRange(NINE, NINE.plusSeconds(3600)), item.time());
        assertEquals(room.id(), item.roomId());
        assertEquals(List.of(head.id(), read.attendees().get(2).id()), item.attendeeIds());
        assertEquals(List.of("FR", "UA"), item.nations());
        assertTrue(item.closed());
    }

    @Test
    void overviewCountsByStatusAndEverythingElse() {
        long id = store.insert(content());
        SummitOverview o = store.overview(id);
        assertEquals(1, o.nations(ParticipationStatus.CONFIRMED));
        assertEquals(1, o.nations(ParticipationStatus.INVITED));
        assertEquals(1, o.nations(ParticipationStatus.NOT_INVITED));
        assertEquals(0, o.nations(ParticipationStatus.DECLINED));
        assertEquals(2, o.nationsTakingPart());
        assertEquals(3, o.attendees());
        assertEquals(1, o.rooms());
        assertEquals(1, o.agendaItems());
        AgendaItem item = store.read(id).agenda().get(0);
        assertEquals(4, item.attendeeIds().size() + item.nations().size());
    }

    @Test
    void theFrenchNameVenueAndBuildingAreKeptOnEveryReadAndWrite() {
        Summit summit = store.createSummit(new Summit(0, "Paris test", "FR", "Paris", "Élysée Palace",
                LocalDate.of(2025, 3, 11), LocalDate.of(2025, 3, 11), PARIS, 30, 0, "Sommet de Paris",
                "Palais de l'Élysée"));
        assertEquals("Sommet de Paris", store.summit(summit.id()).orElseThrow().nameFr());
        assertEquals("Palais de l'Élysée", new SummitOverviews(database).all().get(0).summit().venueFr(),
                "the overviews' own read");
        assertEquals("Palais de l'Élysée", store.read(summit.id()).summit().venueFr());
        Summit changed = store.updateSummit(store.summit(summit.id()).orElseThrow().withName("Paris test 2"));
        assertEquals("Sommet de Paris", changed.nameFr(), "a change of another field keeps them");
        assertEquals("Sommet de Paris", changed.nameIn(java.util.Locale.FRENCH));
        assertEquals("Paris test 2", changed.nameIn(java.util.Locale.ENGLISH));

        RoomStore rooms = new RoomStore(database);
        Room room = rooms.insert(summit.id(), new Room(0, "murat", "Salon Murat", "Élysée Palace", 40, 0, null, true,
                "Palais de l'Élysée"));
        assertEquals("Palais de l'Élysée", room.buildingFr());
        Room moved = rooms.update(room.withBilaterals(false));
        assertEquals("Palais de l'Élysée", moved.buildingIn(java.util.Locale.FRENCH));
        assertEquals("Élysée Palace", moved.buildingIn(java.util.Locale.ENGLISH));
        assertEquals("Palais de l'Élysée", store.read(summit.id()).rooms().get(0).buildingFr());
    }

    @Test
    void aSummitNameIsUnique() {
        store.insert(content());
        DatabaseException e = assertThrows(DatabaseException.class, () -> store.insert(content()));
        assertEquals("A summit named \"Paris test\" already exists.", e.getMessage());
        assertEquals(1, store.summits().size());
    }

    @Test
    void aFailedInsertLeavesNothingBehind() {
        SummitContent ok = content();
        Attendee secondHead = ok.attendees().get(1);
        SummitContent twoHeads = new SummitContent(ok.summit(), ok.participations(), ok.rooms(),
                List.of(ok.attendees().get(0), new Attendee(secondHead.id(), null, "FR", "Bruno", "Second", null,
                        null, Role.ADVISER, true, null, null, List.of(), null, null, null, 0)),
                List.of());
        assertThrows(RuntimeException.class, () -> store.insert(twoHeads));
        assertTrue(store.summits().isEmpty());
    }

    @Test
    void updateOfADeletedRowSaysItWasDeleted() {
        long id = store.insert(content());
        Summit summit = store.summit(id).orElseThrow();
        store.deleteSummit(id);
        StaleDataException e = assertThrows(StaleDataException.class,
                () -> store.updateSummit(summit.withName("Renamed")));
        assertTrue(e.deleted());
    }

    @Test
    void staleSummitUpdateIsRefused() {
        long id = store.insert(content());
        Summit loaded = store.summit(id).orElseThrow();
        store.updateSummit(loaded.withName("First editor"));
        assertThrows(StaleDataException.class, () -> store.updateSummit(loaded.withName("Second editor")));
        assertEquals("First editor", store.summit(id).orElseThrow().name());
    }

    @Test
    void twoHeadsInOneDelegationAreRefusedNamingItAndNothingIsStored() {
        SummitContent c = content();
        List<Attendee> attendees = new java.util.ArrayList<>(c.attendees());
        Attendee bruno = attendees.get(1);
        attendees.set(1, new Attendee(bruno.id(), bruno.key(), "FR", bruno.givenName(), bruno.familyName(), null, null,
                bruno.role(), true, null, null, List.of(), null, null, null, 0));
        SummitContent twoHeads = new SummitContent(c.summit(), c.participations(), c.rooms(), attendees, c.agenda());

        DuplicateKeyException e = assertThrows(DuplicateKeyException.class, () -> store.insert(twoHeads));

        assertEquals("The delegation of FR already has a head of delegation.", e.getMessage());
        assertEquals(List.of(), store.summits());
    }

    static SummitContent content() {
        Summit summit = new Summit(0, "Paris test", "FR", "Paris", "Élysée Palace",
                LocalDate.of(2025, 3, 11), LocalDate.of(2025, 3, 11), PARIS, 0);
        List<Participation> participations = List.of(
                new Participation(1, "FR", ParticipationStatus.CONFIRMED, LocalDate.of(2025, 3, 1), null, null, 0),
                new Participation(2, "UA", ParticipationStatus.INVITED, null, null, "", 0),
                new Participation(3, "US", ParticipationStatus.NOT_INVITED, null, null, "deliberately", 0));
        List<Room> rooms = List.of(new Room(7, "murat", "Salon Murat", "Élysée Palace", 40, 0));
        List<Attendee> attendees = List.of(
                new Attendee(11, "fr-1", "FR", "Anne", "Martin", "H.E.", "President", Role.HEAD_OF_STATE, true,
                        "anne@example.fr", "+33 1 00 00 00 01", List.of("fr", "en"), NINE.minusSeconds(3600),
                        NINE.plusSeconds(36000), null, 0),
                new Attendee(12, null, "FR", "Bruno", "Durand", null, null, Role.ADVISER, false, null, null,
                        List.of(), null, null, null, 0),
                new Attendee(13, "ua-1", "UA", "Olena", "Koval", null, "Minister", Role.MINISTER, true, null, null,
                        List.of("uk"), null, null, null, 0));
        List<AgendaItem> agenda = List.of(new AgendaItem(21, "opening", "Opening", AgendaKind.PLENARY,
                new TimeRange(NINE, NINE.plusSeconds(3600)), 7L, true, "Closed", List.of(11L, 13L),
                List.of("FR", "UA"), 0));
        return new SummitContent(summit, participations, rooms, attendees, agenda);
    }
}
