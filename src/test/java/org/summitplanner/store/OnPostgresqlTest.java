package org.summitplanner.store;

import org.summitplanner.errors.StaleDataException;
import org.summitplanner.errors.DuplicateKeyException;
import org.summitplanner.errors.DatabaseException;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.AuditEntry;
import org.summitplanner.model.Room;
import org.summitplanner.model.Summit;
import org.summitplanner.service.RoomService;
import org.summitplanner.service.Services;

/**
 * The same migrations, stores and services on a real PostgreSQL server (a throwaway cluster):
 * every migration applies, the main operations behave as on H2, and a summit moves between the two
 * databases without a byte changing.
 */
class OnPostgresqlTest {

    @TempDir
    Path dir;

    private final List<Database> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(Database::close);
    }

    private Database pg() {
        PgCluster cluster = PgCluster.get();
        Database db = cluster.openAsSuperuser(cluster.freshDatabase());
        opened.add(db);
        return db;
    }

    private Database h2() {
        Database db = TestDatabases.fresh();
        opened.add(db);
        return db;
    }

    @Test
    void everyMigrationAppliesOnPostgresql() {
        Database db = pg();
        var history = db.dsl().resultQuery("SELECT script, success FROM flyway_schema_history WHERE version IS NOT NULL")
                .fetch();
        assertTrue(history.size() >= SchemaState.migrations().size(), history::toString);
        for (var row : history) {
            assertEquals(Boolean.TRUE, row.get(1, Boolean.class), row::toString);
        }
        java.util.Set<String> scripts = new java.util.HashSet<>(history.getValues(0, String.class));
        for (SchemaState.Applied script : SchemaState.migrations()) {
            assertTrue(scripts.contains(script.script()), script.script() + " not applied on PostgreSQL");
        }
        assertTrue(db.isServer());
        // the reference data came along: every nation of V2
        assertEquals(h2().dsl().fetchCount(org.summitplanner.store.jooq.Tables.NATION),
                db.dsl().fetchCount(org.summitplanner.store.jooq.Tables.NATION));
    }

    @Test
    void summitMovesFromH2ToPostgresqlAndBackUnchanged() throws Exception {
        Services fromH2 = Services.of(h2());
        Summit demo = fromH2.summits().loadDemo();
        Path h2File = dir.resolve("from-h2.json");
        fromH2.summits().export(demo.id(), h2File);
        byte[] exported = Files.readAllBytes(h2File);

        Services onPg = Services.of(pg());
        Summit loaded = onPg.summits().load(h2File);
        Path pgFile = dir.resolve("from-pg.json");
        onPg.summits().export(loaded.id(), pgFile);
        byte[] again = Files.readAllBytes(pgFile);
        assertArrayEquals(exported, again, () -> firstDifference(exported, again));

        Services backToH2 = Services.of(h2());
        Summit back = backToH2.summits().load(pgFile);
        assertArrayEquals(exported, backToH2.summits().export(back.id()));
    }

    @Test
    void roomsAreVersionCheckedAndKeysUniqueOnPostgresql() {
        Services services = Services.of(pg());
        Summit demo = services.summits().loadDemo();
        RoomService rooms = services.rooms();
        Room added = rooms.add(demo.id(), new Room(0, "R-TEST", "Salle test", "Annex", 12, 0));
        Room changed = rooms.update(added.withNameFr("Salle d'essai"));
        assertEquals(added.version() + 1, changed.version());
        // a second client still holding the old version is refused
        StaleDataException stale = assertThrows(StaleDataException.class, () -> rooms.update(added));
        assertFalse(stale.getMessage().isBlank());
        assertThrows(DuplicateKeyException.class,
                () -> rooms.add(demo.id(), new Room(0, "R-TEST", "Other", null, 5, 0)));
        // delete and undo put the room back under its id with its bookings
        int before = rooms.rooms(demo.id()).size();
        var deleted = rooms.delete(demo.id(), changed);
        assertEquals(before - 1, rooms.rooms(demo.id()).size());
        Room restored = rooms.restore(deleted);
        assertEquals(changed.id(), restored.id());
        assertEquals(before, rooms.rooms(demo.id()).size());
        // new rows still get fresh ids after an id was put back explicitly
        Room another = rooms.add(demo.id(), new Room(0, "R-TEST-2", "Another", null, 3, 0));
        assertTrue(another.id() != restored.id());
        // marked not for bilaterals (V22): stored, and the audit trigger records it like the other columns
        Room marked = rooms.update(another.withBilaterals(false));
        assertFalse(rooms.reload(marked).bilaterals());
        var history = services.history().rowHistory("room", marked.id());
        assertEquals(List.of(new org.summitplanner.service.HistoryService.FieldChange("bilaterals", "true", "false")),
                org.summitplanner.service.HistoryService.changes(history.get(history.size() - 1)));
    }

    @Test
    void checksRunTheSameOnBothDatabases() {
        Services h2 = Services.of(h2());
        Services pg = Services.of(pg());
        Summit onH2 = h2.summits().loadDemo();
        Summit onPg = pg.summits().loadDemo();
        assertEquals(h2.checks().check(onH2.id()).findings().size(), pg.checks().check(onPg.id()).findings().size());
        assertEquals(h2.summits().overview(onH2.id()), pg.summits().overview(onPg.id()));
    }

    @Test
    void aBulkWriteIsOneEntryAndSettingTheMarkByHandSilencesNothing() {
        Database db = pg();
        Services services = Services.of(db);
        Summit demo = services.summits().loadDemo();
        List<AuditEntry> history = services.history().history(demo.id(), null);
        assertEquals(List.of("INSERT summit", "BULK summit"), history.stream().map(e -> e.kind() + " " + e.table()).toList());
        assertTrue(history.get(1).after().contains("\"attendee\": \""), history.get(1).after());
        // the setting the trigger reads first, set by hand in a transaction: the rows are still audited one by one,
        // since only summit_bulk_begin (which writes the BULK entry) marks a transaction in audit_bulk
        db.dsl().transaction(tx -> {
            tx.dsl().resultQuery("SELECT set_config('summit.bulk', txid_current()::text, true)").fetch();
            tx.dsl().execute("INSERT INTO room (summit_id, ext_key, name, capacity) VALUES (?, 'HAND', 'By hand', 4)",
                    demo.id());
        });
        List<AuditEntry> after = services.history().history(demo.id(), null);
        assertEquals(List.of("INSERT room"), after.subList(history.size(), after.size()).stream()
                .map(e -> e.kind() + " " + e.table()).toList());
        // and summit_bulk_end refuses an entry that is not this transaction's bulk write
        assertThrows(org.jooq.exception.DataAccessException.class, () -> db.dsl().transaction(tx -> tx.dsl()
                .resultQuery("SELECT summit_bulk_end(?, '{}')", history.get(1).id()).fetch()));
    }

    @Test
    void aWrongPasswordIsAClearMessage() {
        PgCluster cluster = PgCluster.get();
        PgLocation location = cluster.freshDatabase();
        DatabaseException e = assertThrows(DatabaseException.class,
                () -> Database.openPostgres(location, PgCluster.SUPERUSER, "wrong".toCharArray(), s -> { }));
        assertTrue(e.getMessage().contains("wrong user name or password"), e.getMessage());
        DatabaseException missing = assertThrows(DatabaseException.class, () -> Database.openPostgres(
                new PgLocation("127.0.0.1", cluster.port(), "no_such_db"), PgCluster.SUPERUSER,
                PgCluster.SUPERUSER_PASSWORD.toCharArray(), s -> { }));
        assertTrue(missing.getMessage().contains("no database \"no_such_db\""), missing.getMessage());
    }

    @Test
    void undoingARoomDeletionIsAllOrNothing() {
        PgCluster cluster = PgCluster.get();
        PgLocation location = cluster.freshDatabase();
        Database owner = cluster.openAsSuperuser(location);
        opened.add(owner);
        Services services = Services.of(owner);
        Summit demo = services.summits().loadDemo();
        RoomService.RoomRow booked = services.rooms().rooms(demo.id()).stream().filter(r -> r.bookings() > 0)
                .findFirst().orElseThrow();
        RoomService.DeletedRoom deleted = services.rooms().delete(demo.id(), booked.room());

        // a login that may put a room back but not book items into it: the server refuses the undo's second half
        String login = "halfway_" + location.database();
        cluster.admin(location.database(), "CREATE ROLE " + login + " LOGIN PASSWORD 'halfway-secret'",
                "GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + login, "GRANT INSERT ON room TO " + login,
                "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO " + login);
        Database halfway = Database.openPostgres(location, login, "halfway-secret".toCharArray(), s -> { });
        opened.add(halfway);
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> Services.of(halfway).rooms().restore(deleted));
        assertTrue(Refusals.in(refused).isPresent(), refused::toString);
        // nothing of the undo stayed: not the room, not its history
        assertTrue(services.rooms().rooms(demo.id()).stream().noneMatch(r -> r.room().id() == booked.room().id()));
        var history = services.history().rowHistory("room", booked.room().id());
        assertEquals("DELETE", history.get(history.size() - 1).kind());

        Room back = services.rooms().restore(deleted);
        assertEquals(booked.room().id(), back.id());
        assertEquals(booked.bookings(), services.rooms().rooms(demo.id()).stream()
                .filter(r -> r.room().id() == back.id()).findFirst().orElseThrow().bookings());
    }

    private static String firstDifference(byte[] a, byte[] b) {
        String x = new String(a, java.nio.charset.StandardCharsets.UTF_8);
        String y = new String(b, java.nio.charset.StandardCharsets.UTF_8);
        int i = 0;
        while (i < Math.min(x.length(), y.length()) && x.charAt(i) == y.charAt(i)) {
            i++;
        }
        return "first difference at " + i + ": " + x.substring(Math.max(0, i - 80), Math.min(x.length(), i + 80))
                + "\n vs \n" + y.substring(Math.max(0, i - 80), Math.min(y.length(), i + 80));
    }
}
