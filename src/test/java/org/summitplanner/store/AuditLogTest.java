package org.summitplanner.store;

import org.summitplanner.errors.StaleDataException;
import org.summitplanner.errors.DuplicateKeyException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.AuditEntry;
import org.summitplanner.model.Room;
import org.summitplanner.model.Summit;
import org.summitplanner.service.HistoryService;
import org.summitplanner.service.Services;

/** The audit log on H2: each change with its before and after, in the change's own transaction. */
class AuditLogTest {

    private final Database db = TestDatabases.fresh();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anUpdateIsRecordedWithWhatChangedAndWho() {
        Services services = Services.of(db);
        Summit demo = services.summits().loadDemo();
        Room room = services.rooms().add(demo.id(), new Room(0, "AUDIT", "Audit room", null, 8, 0));
        services.rooms().update(new Room(room.id(), "AUDIT", "Audit room", "North", 10, room.version()));
        services.rooms().delete(demo.id(), services.rooms().reload(room));

        List<AuditEntry> history = services.history().rowHistory("room", room.id());
        assertEquals(List.of("INSERT", "UPDATE", "DELETE"), history.stream().map(AuditEntry::kind).toList());
        AuditEntry update = history.get(1);
        assertEquals(System.getProperty("user.name"), update.user());
        assertEquals(demo.id(), update.summitId());
        assertEquals(List.of(new HistoryService.FieldChange("building", null, "North"),
                new HistoryService.FieldChange("capacity", "8", "10")), HistoryService.changes(update));
        assertTrue(history.get(2).after() == null && history.get(2).before().contains("\"North\""));
    }

    @Test
    void aChangeThatFailsLeavesNoHistory() {
        Services services = Services.of(db);
        Summit demo = services.summits().loadDemo();
        int before = services.history().history(demo.id(), null).size();
        Room first = services.rooms().add(demo.id(), new Room(0, "TWICE", "First", null, 8, 0));
        assertThrows(DuplicateKeyException.class,
                () -> services.rooms().add(demo.id(), new Room(0, "TWICE", "Second", null, 8, 0)));
        // a stale update rolls back too
        services.rooms().update(first.withNameFr("Premier"));
        assertThrows(StaleDataException.class, () -> services.rooms().update(first.withNameFr("Stale")));
        List<AuditEntry> after = services.history().history(demo.id(), null);
        assertEquals(before + 2, after.size(), after.subList(before, after.size()).toString());
    }

    @Test
    void aWholeSummitStoredIsItsRowAndOneBulkEntryListingTheIdsOfEveryRow() throws Exception {
        Services services = Services.of(db);
        Summit demo = services.summits().loadDemo();
        List<AuditEntry> history = services.history().history(demo.id(), null);
        assertEquals(List.of("INSERT summit", "BULK summit"), history.stream().map(e -> e.kind() + " " + e.table()).toList());
        var after = new com.fasterxml.jackson.databind.ObjectMapper().readTree(history.get(1).after());
        assertEquals("demo", after.get("operation").asText());
        long[] ids = services.attendees().attendees(demo.id()).stream().mapToLong(org.summitplanner.model.Attendee::id)
                .sorted().toArray();
        assertEquals(BulkAudit.ranges(ids), after.get("attendee").asText());
        assertTrue(after.has("room") && after.has("agenda_item") && after.has("participation"), after.toString());
        // an edit afterwards is its own entry, with its values
        Room room = services.rooms().add(demo.id(), new Room(0, "AFTER", "After the demo", null, 8, 0));
        assertEquals(List.of("INSERT"), services.history().rowHistory("room", room.id()).stream().map(AuditEntry::kind).toList());
    }

    @Test
    void idsAreListedAsRanges() {
        assertEquals("", BulkAudit.ranges(new long[0]));
        assertEquals("7", BulkAudit.ranges(new long[] {7}));
        assertEquals("1-3, 5, 7-8", BulkAudit.ranges(new long[] {1, 2, 3, 5, 7, 8}));
        assertEquals("{\"operation\": \"load\", \"file\": \"a \\\"b\\\".json\", \"n\": 2}",
                json("load", "a \"b\".json", 2));
    }

    private static String json(String operation, String file, int n) {
        var details = BulkAudit.details(operation);
        details.put("file", file);
        details.put("n", n);
        return BulkAudit.json(details);
    }
}
