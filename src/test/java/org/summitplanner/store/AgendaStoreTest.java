package org.summitplanner.store;

import org.summitplanner.errors.StaleDataException;
import org.summitplanner.errors.DuplicateKeyException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.AgendaKind;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.Summit;
import org.summitplanner.model.TimeRange;
import org.summitplanner.service.SummitService;

/** The agenda store on the demo summit: participants written with their item, versions checked. */
class AgendaStoreTest {

    private final Database database = TestDatabases.fresh();
    private final AgendaStore store = new AgendaStore(database);
    private final Summit summit = new SummitService(new SummitStore(database)).loadDemo();

    @AfterEach
    void close() {
        database.close();
    }

    private AgendaItem item(String key) {
        return store.items(summit.id()).stream().filter(i -> key.equals(i.key())).findFirst().orElseThrow();
    }

    private long attendee(String key) {
        return store.attendees(summit.id()).stream().filter(a -> key.equals(a.key())).findFirst().orElseThrow().id();
    }

    private static AgendaItem withParticipants(AgendaItem i, String title, List<Long> attendees, List<String> nations) {
        return new AgendaItem(i.id(), i.key(), title, i.kind(), i.time(), i.roomId(), i.closed(), i.description(),
                attendees, nations, i.version());
    }

    @Test
    void readsTheItemsByStartWithTheirParticipants() {
        List<AgendaItem> items = store.items(summit.id());
        assertEquals(17, items.size());
        assertEquals("fr-prebrief", items.get(0).key());
        assertTrue(items.stream().map(i -> i.time().start()).toList().equals(
                items.stream().map(i -> i.time().start()).sorted().toList()));
        AgendaItem slovenia = item("bilat-si-ua");
        assertEquals(List.of("SI"), slovenia.nations());
        assertEquals(List.of(attendee("ua-1"), attendee("ua-2"), attendee("ua-5")), slovenia.attendeeIds());
    }

    @Test
    void updateReplacesTheParticipants() {
        AgendaItem before = item("bilat-si-ua");
        AgendaItem saved = store.update(withParticipants(before, before.title(), List.of(attendee("fr-1")),
                List.of("UA", "PL")));
        assertEquals(before.version() + 1, saved.version());
        AgendaItem read = item("bilat-si-ua");
        assertEquals(List.of(attendee("fr-1")), read.attendeeIds());
        assertEquals(List.of("PL", "UA"), read.nations());
    }

    @Test
    void anUpdateWhoseParticipantsCannotBeWrittenChangesNothing() {
        AgendaItem before = item("bilat-si-ua");
        // "XX" is no nation: the participant rows fail after the item row was updated
        assertThrows(RuntimeException.class, () -> store.update(withParticipants(before, "Renamed",
                List.of(attendee("fr-1")), List.of("XX"))));
        AgendaItem read = item("bilat-si-ua");
        assertEquals(before.title(), read.title(), "the item row was rolled back with its participants");
        assertEquals(before.version(), read.version());
        assertEquals(before.attendeeIds(), read.attendeeIds());
        assertEquals(List.of("SI"), read.nations());
    }

    @Test
    void deleteThenRestoreKeepsIdKeyAndParticipants() {
        AgendaItem before = item("bilat-si-ua");
        AgendaItem deleted = store.delete(before);
        assertEquals(16, store.items(summit.id()).size());
        assertTrue(store.current(before.id()).isEmpty());

        AgendaItem restored = store.insert(summit.id(), deleted);
        assertEquals(before.id(), restored.id());
        assertEquals(before.key(), restored.key());
        assertEquals(before.attendeeIds(), restored.attendeeIds());
        assertEquals(before.nations(), restored.nations());
        assertEquals(before.roomId(), restored.roomId());
        assertEquals(before.time(), restored.time());
    }

    @Test
    void restoreSkipsAnAttendeeDeletedMeanwhile() {
        AgendaItem before = item("bilat-si-ua");
        AgendaItem deleted = store.delete(before);
        database.dsl().deleteFrom(org.summitplanner.store.jooq.Tables.ATTENDEE)
                .where(org.summitplanner.store.jooq.Tables.ATTENDEE.ID.eq(attendee("ua-2"))).execute();
        AgendaItem restored = store.insert(summit.id(), deleted);
        assertFalse(restored.attendeeIds().contains(before.attendeeIds().get(1)));
        assertEquals(2, restored.attendeeIds().size());
    }

    @Test
    void aStaleUpdateOrDeleteIsRefused() {
        AgendaItem before = item("press");
        store.update(withParticipants(before, "Press statement (moved)", before.attendeeIds(), before.nations()));
        StaleDataException changed = assertThrows(StaleDataException.class,
                () -> store.update(withParticipants(before, "Mine", List.of(), List.of())));
        assertFalse(changed.deleted());
        assertThrows(StaleDataException.class, () -> store.delete(before));
        assertEquals("Press statement (moved)", item("press").title());
        assertEquals(before.attendeeIds(), item("press").attendeeIds(), "a refused update left the participants");

        store.delete(item("press"));
        StaleDataException gone = assertThrows(StaleDataException.class, () -> store.update(before));
        assertTrue(gone.deleted());
    }

    @Test
    void aKeyTakenByAnotherItemIsADuplicateKey() {
        AgendaItem press = item("press");
        DuplicateKeyException e = assertThrows(DuplicateKeyException.class, () -> store.update(new AgendaItem(
                press.id(), "closing", press.title(), press.kind(), press.time(), press.roomId(), press.closed(),
                press.description(), press.attendeeIds(), press.nations(), press.version())));
        assertEquals("key", e.field());
        Instant nine = Instant.parse("2025-03-11T08:00:00Z");
        assertThrows(DuplicateKeyException.class, () -> store.insert(summit.id(), new AgendaItem(0, "welcome",
                "Another", AgendaKind.OTHER, new TimeRange(nine, nine.plusSeconds(600)), null, false, null,
                List.of(), List.of(), 0)));
        assertEquals(17, store.items(summit.id()).size());
    }

    @Test
    void choicesAreTheSummitsAttendeesAndParticipations() {
        List<Attendee> attendees = store.attendees(summit.id());
        assertEquals(113, attendees.size());
        assertEquals(36, store.participations(summit.id()).size(), "34 taking part, Hungary declined, the US not invited");
    }
}
