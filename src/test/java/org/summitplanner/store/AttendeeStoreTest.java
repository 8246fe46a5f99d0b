package org.summitplanner.store;

import org.summitplanner.errors.StaleDataException;
import org.summitplanner.errors.DuplicateKeyException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.AgendaItemRef;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.DelegationSummary;
import org.summitplanner.model.HeadMove;
import org.summitplanner.model.ParticipationStatus;
import org.summitplanner.model.Role;
import org.summitplanner.service.SummitService;

/** The attendee store on the demo summit: head moves, delete and restore, uniqueness, summaries. */
class AttendeeStoreTest {

    private final Database database = TestDatabases.fresh();
    private final AttendeeStore store = new AttendeeStore(database);
    private long summitId;

    @BeforeEach
    void loadDemo() {
        summitId = new SummitService(new SummitStore(database)).loadDemo().id();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Attendee byKey(String key) {
        return store.attendees(summitId).stream().filter(a -> key.equals(a.key())).findFirst().orElse(null);
    }

    private List<String> headsOf(String nation) {
        return store.attendees(summitId).stream().filter(a -> a.nation().equals(nation) && a.headOfDelegation())
                .map(Attendee::key).toList();
    }

    private static Attendee withEmail(Attendee a, String email) {
        return new Attendee(a.id(), a.key(), a.nation(), a.givenName(), a.familyName(), a.honorific(), a.position(),
                a.role(), a.headOfDelegation(), email, a.phone(), a.languages(), a.arrivesAt(), a.departsAt(),
                a.notes(), a.version());
    }

    private static Attendee newAttendee(String key, String nation, String email) {
        return new Attendee(0, key, nation, "Ana", "Novak", null, null, Role.ADVISER, false, email, null,
                List.of("sl"), null, null, null, 0);
    }

    @Test
    void makeHeadMovesTheMarkFromTheFormerHeadAndSavesTheOtherFields() {
        Attendee general = byKey("de-2");
        Attendee renamed = new Attendee(general.id(), general.key(), general.nation(), general.givenName(),
                general.familyName(), general.honorific(), "Head of the German delegation", general.role(), true,
                general.email(), general.phone(), general.languages(), general.arrivesAt(), general.departsAt(),
                general.notes(), general.version());

        HeadMove move = store.makeHead(renamed);

        assertEquals(List.of("de-2"), headsOf("DE"));
        assertEquals("de-1", move.formerHead().key());
        assertFalse(move.formerHead().headOfDelegation());
        assertTrue(move.before().get(0).headOfDelegation(), "before: the minister had the mark");
        assertEquals("Head of the German delegation", byKey("de-2").position());
        assertEquals(general.version() + 1, move.head().version());
        assertEquals(byKey("de-1").version(), move.formerHead().version());
    }

    @Test
    void aRefusedMakeHeadLeavesTheFormerHeadMarked() {
        Attendee general = byKey("de-2");
        store.update(withEmail(general, "ulrike.b@example.de"));

        Attendee stale = new Attendee(general.id(), general.key(), general.nation(), general.givenName(),
                general.familyName(), general.honorific(), general.position(), general.role(), true, general.email(),
                general.phone(), general.languages(), general.arrivesAt(), general.departsAt(), general.notes(),
                general.version());
        assertThrows(StaleDataException.class, () -> store.makeHead(stale));

        // the former head was cleared inside the same transaction: it must be rolled back with it
        assertEquals(List.of("de-1"), headsOf("DE"));
    }

    @Test
    void writingBackTheBeforeStatesUndoesAHeadMove() {
        HeadMove move = store.makeHead(withHead(byKey("si-3")));
        assertEquals(List.of("si-3"), headsOf("SI"));

        Map<Long, Integer> now = move.after().stream().collect(Collectors.toMap(Attendee::id, Attendee::version));
        store.updateAll(move.before().stream().map(a -> a.withVersion(now.get(a.id()))).toList());

        assertEquals(List.of("si-1"), headsOf("SI"));
        assertFalse(byKey("si-3").headOfDelegation());
    }

    @Test
    void aSecondHeadIsRefusedWithoutAMove() {
        DuplicateKeyException e = assertThrows(DuplicateKeyException.class, () -> store.update(withHead(byKey("fr-2"))));
        assertEquals("head", e.field());
        assertEquals(List.of("fr-1"), headsOf("FR"));
    }

    @Test
    void deleteThenRestoreKeepsTheIdAndTheAgendaItemsThatNamedThePerson() {
        Attendee glavas = byKey("si-1");
        List<String> titlesBefore = store.references(glavas.id()).stream().map(AgendaItemRef::title).toList();
        assertEquals(5, titlesBefore.size(), titlesBefore.toString());

        List<Long> items = store.delete(glavas).agendaItemIds();
        assertNull(byKey("si-1"));
        assertTrue(agenda().stream().noneMatch(i -> i.attendeeIds().contains(glavas.id())));
        assertEquals(List.of(), headsOf("SI"), "the delegation has no head while he is gone");

        Attendee back = store.restore(summitId, glavas, items);

        assertEquals(glavas.id(), back.id());
        assertTrue(back.headOfDelegation());
        assertEquals("Glavaš", back.familyName());
        assertEquals(titlesBefore, store.references(back.id()).stream().map(AgendaItemRef::title).toList());
        assertEquals(items, agenda().stream().filter(i -> i.attendeeIds().contains(back.id())).map(AgendaItem::id)
                .sorted().toList());
    }

    @Test
    void restoreSkipsAgendaItemsDeletedMeanwhileAndAHeadMarkTakenMeanwhile() {
        Attendee glavas = byKey("si-1");
        List<Long> items = store.delete(glavas).agendaItemIds();
        store.update(withHead(byKey("si-2")));

        Attendee back = store.restore(summitId, glavas, List.of(items.get(0), 999_999L));

        assertFalse(back.headOfDelegation(), "si-2 became head meanwhile");
        assertEquals(List.of("si-2"), headsOf("SI"));
        assertEquals(1, store.references(back.id()).size());
    }

    @Test
    void anEmailTakenInAnyCaseIsRefusedOnInsertAndUpdate() {
        DuplicateKeyException onInsert = assertThrows(DuplicateKeyException.class,
                () -> store.insert(summitId, newAttendee("si-5", "SI", "Robert.Glavas@Example.SI")));
        assertEquals("email", onInsert.field());
        assertNull(byKey("si-5"), "nothing was written");

        DuplicateKeyException onUpdate = assertThrows(DuplicateKeyException.class,
                () -> store.update(withEmail(byKey("si-2"), "robert.glavas@example.si")));
        assertEquals("email", onUpdate.field());
        assertEquals("matej.kovacic-zorn@example.si", byKey("si-2").email());

        // the same address in another case is still its owner's own
        Attendee glavas = store.update(withEmail(byKey("si-1"), "ROBERT.GLAVAS@example.si"));
        assertEquals("ROBERT.GLAVAS@example.si", glavas.email());
    }

    @Test
    void aTakenKeyIsRefused() {
        DuplicateKeyException e = assertThrows(DuplicateKeyException.class,
                () -> store.insert(summitId, newAttendee("si-1", "SI", "ana.novak@example.si")));
        assertEquals("key", e.field());
        Attendee added = store.insert(summitId, newAttendee("si-5", "SI", "ana.novak@example.si"));
        assertEquals("si-5", added.key());
        assertEquals(List.of("sl"), added.languages());
    }

    @Test
    void staleUpdatesAndDeletesAreRefused() {
        Attendee mine = byKey("fr-4");
        store.update(withEmail(mine, "changed@example.fr"));

        StaleDataException changed = assertThrows(StaleDataException.class, () -> store.update(withEmail(mine, "x@example.fr")));
        assertFalse(changed.deleted());
        assertThrows(StaleDataException.class, () -> store.delete(mine));
        store.delete(byKey("fr-4"));
        assertTrue(assertThrows(StaleDataException.class, () -> store.update(mine)).deleted());
    }

    @Test
    void delegationsAreTheNationsTakingPartOrHavingAttendeesWithSizeAndHead() {
        Map<String, DelegationSummary> delegations = store.delegations(summitId).stream()
                .collect(Collectors.toMap(DelegationSummary::nation, Function.identity()));

        assertEquals(36, delegations.size());
        assertEquals(7, delegations.get("FR").size());
        assertEquals("fr-1", delegations.get("FR").head().key());
        assertEquals(ParticipationStatus.NOT_INVITED, delegations.get("US").status());
        assertEquals(1, delegations.get("US").size());
        assertEquals(0, delegations.get("HU").size());
        assertNull(delegations.get("HU").head());

        store.insert(summitId, newAttendee("mt-1", "MT", "ana@example.mt"));
        DelegationSummary malta = store.delegations(summitId).stream().filter(d -> d.nation().equals("MT"))
                .findFirst().orElseThrow();
        assertNull(malta.status(), "attendees without a participation row still form a delegation");
        assertEquals(1, malta.size());
    }

    private static Attendee withHead(Attendee a) {
        return new Attendee(a.id(), a.key(), a.nation(), a.givenName(), a.familyName(), a.honorific(), a.position(),
                a.role(), true, a.email(), a.phone(), a.languages(), a.arrivesAt(), a.departsAt(), a.notes(),
                a.version());
    }

    private List<AgendaItem> agenda() {
        return new SummitStore(database).read(summitId).agenda();
    }
}
