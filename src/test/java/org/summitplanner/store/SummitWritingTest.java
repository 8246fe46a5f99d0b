package org.summitplanner.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.SummitContent;
import org.summitplanner.model.SummitExtras;
import org.summitplanner.service.ScaleSummit;
import org.summitplanner.store.jooq.DefaultSchema;

/** Storing a whole summit in plain JDBC (SummitWriting): chunks, ids, and the tables its BULK entry lists. */
class SummitWritingTest {

    private final Database database = TestDatabases.fresh();
    private final SummitStore store = new SummitStore(database);

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theListedTablesAreTheAuditedOnesWithAnIdAndASummit() {
        // what SummitStore.insert computed from jOOQ's schema before it was written in plain JDBC
        List<String> expected = V12_1__AuditTriggers.AUDITED.stream()
                .filter(t -> !t.equals("summit"))
                .filter(t -> {
                    var table = DefaultSchema.DEFAULT_SCHEMA.getTable(t);
                    return table != null && table.field("id") != null && table.field("summit_id") != null;
                }).toList();
        assertEquals(expected, SummitWriting.LISTED);
    }

    @Test
    void fullChunksAndAShorterLastOneKeepEveryRowAndItsReferences() {
        // 2,345 attendees and 1,234 items: two full INSERTs of 1,000 rows, then a shorter one, for each
        SummitContent scale = new ScaleSummit(store.nations()).generate();
        List<Attendee> attendees = scale.attendees().subList(0, 2_345);
        Set<Long> kept = new HashSet<>(attendees.stream().map(Attendee::id).toList());
        List<AgendaItem> agenda = scale.agenda().subList(0, 1_234).stream().map(i -> new AgendaItem(i.id(), i.key(),
                i.title(), i.kind(), i.time(), i.roomId(), i.closed(), i.description(),
                i.attendeeIds().stream().filter(kept::contains).toList(), i.nations(), i.version(), i.titleFr(),
                i.descriptionFr())).toList();
        SummitContent content = new SummitContent(scale.summit(), scale.participations(), scale.rooms(), attendees,
                agenda, List.of(), null);

        long id = store.insert(content, SummitExtras.NONE, "load", "chunks.json");
        SummitContent read = store.read(id);

        assertEquals(attendees.stream().map(SummitWritingTest::attendee).toList(),
                read.attendees().stream().map(SummitWritingTest::attendee).toList());
        assertEquals(participants(content), participants(read));
        assertEquals(content.rooms().size(), read.rooms().size());
        assertEquals(content.participations().size(), read.participations().size());
        // and the BULK entry lists what was stored, as ranges
        String after = new AuditStore(database).entries(id, null, null, null, 10).stream()
                .filter(e -> e.kind().equals(BulkAudit.KIND)).findFirst().orElseThrow().after();
        assertEquals(true, after.contains("\"attendee\": \"" + read.attendees().get(0).id() + "-"
                + read.attendees().get(2_344).id() + "\""), after);
        assertEquals(true, after.contains("\"agenda_item\": \"" + read.agenda().get(0).id() + "-"
                + read.agenda().get(1_233).id() + "\""), after);
    }

    /** An attendee without its id. */
    private static String attendee(Attendee a) {
        String text = a.toString();
        return text.substring(text.indexOf(", key="));
    }

    /** Each item's key with its room's and its participants' keys (sorted: they are read in the order of their ids). */
    private static List<String> participants(SummitContent c) {
        Map<Long, String> attendeeKeys = new HashMap<>();
        c.attendees().forEach(a -> attendeeKeys.put(a.id(), a.key()));
        Map<Long, String> roomKeys = new HashMap<>();
        c.rooms().forEach(r -> roomKeys.put(r.id(), r.key()));
        return c.agenda().stream().map(i -> i.key() + " " + i.title() + " " + i.time() + " "
                + (i.roomId() == null ? null : roomKeys.get(i.roomId())) + " "
                + i.attendeeIds().stream().map(attendeeKeys::get).sorted().toList() + " " + i.nations()).toList();
    }
}
