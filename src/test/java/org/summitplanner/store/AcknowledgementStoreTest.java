package org.summitplanner.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.Acknowledgement;
import org.summitplanner.model.Summit;

/** Acknowledgements (V3) and the summit's transfer time. */
class AcknowledgementStoreTest {

    private static final Instant NOON = Instant.parse("2025-03-11T11:00:00Z");

    private final Database database = TestDatabases.fresh();
    private final SummitStore summits = new SummitStore(database);
    private final AcknowledgementStore store = new AcknowledgementStore(database);

    @AfterEach
    void close() {
        database.close();
    }

    private long summit(int transferMinutes) {
        return summits.createSummit(new Summit(0, "S" + transferMinutes, "FR", "Paris", null, LocalDate.of(2025, 3, 11),
                LocalDate.of(2025, 3, 11), ZoneId.of("Europe/Paris"), transferMinutes, 0)).id();
    }

    @Test
    void theTransferTimeIsStoredDefaultingToThirty() {
        assertEquals(10, summits.summit(summit(10)).orElseThrow().transferMinutes());
        Summit other = summits.summit(summit(30)).orElseThrow();
        assertEquals(30, other.transferMinutes());
        Summit updated = summits.updateSummit(new Summit(other.id(), other.name(), other.hostNation(), other.city(),
                other.venue(), other.firstDay(), other.lastDay(), other.timeZone(), 45, other.version()));
        assertEquals(45, updated.transferMinutes());
    }

    @Test
    void aSecondAcknowledgementOfTheSameFactsReplacesTheReasonAndOtherFactsAreKept() {
        long id = summit(30);
        store.insert(id, new Acknowledgement(0, "ROOM_OVER_CAPACITY", "item:3", "aaaa", "first", NOON));
        Acknowledgement second = store.insert(id, new Acknowledgement(0, "ROOM_OVER_CAPACITY", "item:3", "aaaa",
                "  second  ", NOON.plusSeconds(60)));
        store.insert(id, new Acknowledgement(0, "ROOM_OVER_CAPACITY", "item:3", "bbbb", "after the move", NOON.plusSeconds(120)));

        List<Acknowledgement> all = store.acknowledgements(id);
        assertEquals(List.of("second", "after the move"), all.stream().map(Acknowledgement::reason).toList());
        assertEquals(second, all.get(0));
        assertEquals(NOON.plusSeconds(60), all.get(0).acknowledgedAt());

        store.delete(second.id());
        assertEquals(1, store.acknowledgements(id).size());
        summits.deleteSummit(id);
        assertEquals(List.of(), store.acknowledgements(id));
    }

    @Test
    void aReasonIsRequired() {
        long id = summit(30);
        assertThrows(IllegalArgumentException.class,
                () -> store.insert(id, new Acknowledgement(0, "ROOM_OVER_CAPACITY", "item:3", "aaaa", "  ", NOON)));
    }
}
