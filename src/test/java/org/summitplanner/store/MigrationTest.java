package org.summitplanner.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitplanner.model.AuditEntry;
import org.summitplanner.model.Nation;
import org.summitplanner.model.NationKind;
import org.summitplanner.model.Room;
import org.summitplanner.service.HistoryService;

import static org.summitplanner.store.jooq.Tables.AGENDA_ITEM;
import static org.summitplanner.store.jooq.Tables.ATTENDEE;
import static org.summitplanner.store.jooq.Tables.ROOM;
import static org.summitplanner.store.jooq.Tables.SUMMIT;

/** The schema as Flyway builds it on a fresh database, and what it refuses by itself. */
class MigrationTest {

    private final Database database = TestDatabases.fresh();
    private final DSLContext db = database.dsl();

    @AfterEach
    void close() {
        database.close();
    }

    /** A database file made by the migrations up to {@code target} only: an older user's file. */
    private static org.h2.jdbcx.JdbcDataSource migratedTo(Path file, String target) {
        String base = file.toString().substring(0, file.toString().length() - ".mv.db".length());
        org.h2.jdbcx.JdbcDataSource older = new org.h2.jdbcx.JdbcDataSource();
        older.setURL("jdbc:h2:file:" + base + Database.URL_FLAGS);
        older.setUser("sa");
        Database.flyway(older).target(target).load().migrate();
        return older;
    }

    @Test
    void freshDatabaseHasEveryStateAndTheThreeOrganisations() {
        List<Nation> nations = new SummitStore(database).nations();
        assertEquals(249, nations.stream().filter(n -> n.kind() == NationKind.STATE).count());
        assertEquals(List.of("EU", "NATO", "UN"), nations.stream()
                .filter(n -> n.kind() == NationKind.ORGANISATION).map(Nation::code).sorted().toList());
        Nation france = nations.stream().filter(n -> n.code().equals("FR")).findFirst().orElseThrow();
        assertEquals(new Nation("FR", "FRA", NationKind.STATE, "France", "France"), france);
        Nation slovenia = nations.stream().filter(n -> n.code().equals("SI")).findFirst().orElseThrow();
        assertEquals("Slovénie", slovenia.nameFr());
        assertEquals("SVN", slovenia.alpha3());
    }

    @Test
    void schemaVersionIsRecorded() {
        int applied = db.fetchCount(db.selectFrom("flyway_schema_history").where("success"));
        assertTrue(applied >= 2, "migrations applied: " + applied);
    }

    @Test
    void everyIdentityOnH2IsHandedOutInBlocksOfAThousand() {
        // V20: with WRITE_DELAY=0 a used-up block commits H2's bookkeeping, and each commit stores the file
        var identities = db.fetch("SELECT table_name, identity_cache FROM information_schema.columns"
                + " WHERE is_identity = 'YES' AND table_schema = 'public'");
        assertTrue(identities.size() >= 11, "identity columns: " + identities);
        assertEquals(List.of(), identities.stream().filter(r -> ((Number) r.get(1)).longValue() != 1000)
                .map(r -> r.get(0, String.class)).toList());
    }

    @Test
    void roomsOfAnOlderDatabaseStayUsableForBilateralsAndAMarkIsInTheirHistory(@TempDir Path dir) throws Exception {
        // a database of the schema before V22, with a room in it
        Path file = dir.resolve("older.mv.db");
        org.h2.jdbcx.JdbcDataSource older = migratedTo(file, "20");
        try (Connection c = older.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO summit (name, host_nation, city, first_day, last_day, time_zone)"
                    + " VALUES ('Older', 'FR', 'Paris', DATE '2025-03-11', DATE '2025-03-11', 'Europe/Paris')");
            s.execute("INSERT INTO room (summit_id, name, capacity) SELECT id, 'Salle de presse', 150 FROM summit");
        }
        try (Database upgraded = Database.openFile(file, status -> { })) {
            RoomStore rooms = new RoomStore(upgraded);
            long summitId = upgraded.dsl().select(SUMMIT.ID).from(SUMMIT).fetchSingle().value1();
            Room pressRoom = rooms.rooms(summitId).get(0);
            assertTrue(pressRoom.bilaterals(), "a room made before the flag keeps today's behaviour");
            Room marked = rooms.update(pressRoom.withBilaterals(false));
            assertEquals(false, rooms.current(marked.id()).orElseThrow().bilaterals());
            // H2's audit trigger, made before the column, records it (the history says what changed)
            List<AuditEntry> history = new HistoryService(new AuditStore(upgraded)).rowHistory("room", marked.id());
            assertEquals(List.of("INSERT", "UPDATE"), history.stream().map(AuditEntry::kind).toList());
            AuditEntry entry = history.get(1);
            assertEquals(List.of(new HistoryService.FieldChange("bilaterals", "true", "false")),
                    HistoryService.changes(entry));
            // adding the column kept V20's identity blocks
            assertEquals(1000L, ((Number) upgraded.dsl().fetchValue("SELECT identity_cache FROM information_schema.columns"
                    + " WHERE table_name = 'room' AND column_name = 'id'")).longValue());
        }
    }

    /** Each table's indexes on H2 as "table(columns)", one entry per index, so that a repeat shows twice. */
    private static List<String> indexColumns(Connection c) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        try (Statement s = c.createStatement(); var r = s.executeQuery("SELECT i.table_name,"
                + " LISTAGG(c.column_name, ',') WITHIN GROUP (ORDER BY c.ordinal_position)"
                + " FROM information_schema.indexes i JOIN information_schema.index_columns c"
                + " ON c.index_schema = i.index_schema AND c.table_name = i.table_name AND c.index_name = i.index_name"
                + " WHERE i.table_schema = 'public' GROUP BY i.table_name, i.index_name ORDER BY 1, 2")) {
            while (r.next()) {
                out.add(r.getString(1) + "(" + r.getString(2) + ")");
            }
        }
        return out;
    }

    private static List<String> repeated(List<String> indexes) {
        return indexes.stream().filter(i -> indexes.indexOf(i) != indexes.lastIndexOf(i)).distinct().toList();
    }

    /** The four keys of V23 as H2 holds them: the index each uses and its delete rule. */
    private static List<String> sharedKeys(Connection c) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        try (Statement s = c.createStatement(); var r = s.executeQuery("SELECT t.constraint_name, t.index_name,"
                + " f.delete_rule FROM information_schema.table_constraints t JOIN information_schema.referential_constraints f"
                + " ON f.constraint_schema = t.constraint_schema AND f.constraint_name = t.constraint_name"
                + " WHERE t.constraint_name IN ('agenda_attendee_attendee_fk', 'bilateral_summit_fk', 'bilateral_item_fk',"
                + " 'seating_plan_item_fk') ORDER BY 1")) {
            while (r.next()) {
                out.add(r.getString(1) + " " + r.getString(2).replaceAll("_INDEX_[0-9A-F]+$", "_INDEX") + " " + r.getString(3));
            }
        }
        return out;
    }

    private static final List<String> SHARED_KEYS = List.of(
            "agenda_attendee_attendee_fk agenda_attendee_attendee_ix CASCADE",
            "bilateral_item_fk bilateral_item_ix SET NULL",
            "bilateral_summit_fk bilateral_summit_ix CASCADE",
            "seating_plan_item_fk seating_plan_item_uq_INDEX CASCADE");

    @Test
    void noIndexOnH2RepeatsAnotherSoEachRowIsWrittenOnceIntoEachKey() throws Exception {
        try (Connection c = database.dataSource().getConnection()) {
            List<String> indexes = indexColumns(c);
            assertTrue(indexes.contains("agenda_attendee(attendee_id)"), indexes::toString);
            assertEquals(List.of(), repeated(indexes));
            assertEquals(SHARED_KEYS, sharedKeys(c));
        }
    }

    @Test
    void anOlderDatabaseLosesItsRepeatedIndexesAndKeepsItsRowsAndCascades(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("older.mv.db");
        org.h2.jdbcx.JdbcDataSource older = migratedTo(file, "22");
        try (Connection c = older.getConnection(); Statement s = c.createStatement()) {
            assertEquals(List.of("agenda_attendee(attendee_id)", "bilateral_request(agenda_item_id)",
                    "bilateral_request(summit_id)", "seating_plan(agenda_item_id)"), repeated(indexColumns(c)));
            s.execute("INSERT INTO summit (name, host_nation, city, first_day, last_day, time_zone)"
                    + " VALUES ('Older', 'FR', 'Paris', DATE '2025-03-11', DATE '2025-03-11', 'Europe/Paris')");
            s.execute("INSERT INTO attendee (summit_id, nation_code, given_name, family_name, role)"
                    + " SELECT id, 'FR', 'Anne', 'Martin', 'MINISTER' FROM summit");
            s.execute("INSERT INTO agenda_item (summit_id, title, kind, start_at, end_at) SELECT id, 'Opening', 'PLENARY',"
                    + " TIMESTAMP WITH TIME ZONE '2025-03-11 09:00:00+01', TIMESTAMP WITH TIME ZONE '2025-03-11 10:00:00+01'"
                    + " FROM summit");
            s.execute("INSERT INTO agenda_attendee (agenda_item_id, attendee_id) SELECT i.id, a.id FROM agenda_item i, attendee a");
            // a run of V23 cut after its first drop (DDL commits at once on H2): the next open completes it
            s.execute("ALTER TABLE agenda_attendee DROP CONSTRAINT agenda_attendee_attendee_fk");
        }
        try (Database upgraded = Database.openFile(file, status -> { });
             Connection c = upgraded.dataSource().getConnection(); Statement s = c.createStatement()) {
            assertEquals(List.of(), repeated(indexColumns(c)));
            assertEquals(SHARED_KEYS, sharedKeys(c));
            try (var r = s.executeQuery("SELECT COUNT(*) FROM agenda_attendee")) {
                r.next();
                assertEquals(1, r.getInt(1));
            }
            assertThrows(java.sql.SQLException.class,
                    () -> s.execute("INSERT INTO agenda_attendee (agenda_item_id, attendee_id) SELECT id, 999999 FROM agenda_item"));
            s.execute("DELETE FROM attendee");
            try (var r = s.executeQuery("SELECT COUNT(*) FROM agenda_attendee")) {
                r.next();
                assertEquals(0, r.getInt(1), "deleting an attendee still removes it from the agenda");
            }
            // the audit trigger of a table whose keys V23 made again, in the session that ran it, names its table
            s.execute("INSERT INTO bilateral_request (summit_id, nation_code, with_nation, length_minutes)"
                    + " SELECT id, 'FR', 'DE', 30 FROM summit");
            try (var r = s.executeQuery("SELECT table_name, change_kind FROM audit_log WHERE table_name LIKE 'bilateral%'")) {
                assertTrue(r.next());
                assertEquals("bilateral_request INSERT", r.getString(1) + " " + r.getString(2));
            }
        }
    }

    @Test
    void databaseRefusesCapacityZeroEndBeforeStartAndDuplicateKeys() {
        long summit = summit();
        assertThrows(IntegrityConstraintViolationException.class, () -> db.insertInto(ROOM)
                .set(ROOM.SUMMIT_ID, summit).set(ROOM.NAME, "Broom cupboard").set(ROOM.CAPACITY, 0).execute());

        db.insertInto(ROOM).set(ROOM.SUMMIT_ID, summit).set(ROOM.EXT_KEY, "murat").set(ROOM.NAME, "Salon Murat")
                .set(ROOM.CAPACITY, 40).execute();
        assertThrows(IntegrityConstraintViolationException.class, () -> db.insertInto(ROOM)
                .set(ROOM.SUMMIT_ID, summit).set(ROOM.EXT_KEY, "murat").set(ROOM.NAME, "Other").set(ROOM.CAPACITY, 4)
                .execute());

        OffsetDateTime nine = OffsetDateTime.of(2025, 3, 11, 9, 0, 0, 0, ZoneOffset.ofHours(1));
        assertThrows(IntegrityConstraintViolationException.class, () -> db.insertInto(AGENDA_ITEM)
                .set(AGENDA_ITEM.SUMMIT_ID, summit).set(AGENDA_ITEM.TITLE, "Backwards").set(AGENDA_ITEM.KIND, "PLENARY")
                .set(AGENDA_ITEM.START_AT, nine).set(AGENDA_ITEM.END_AT, nine.minusHours(1)).execute());
        assertThrows(IntegrityConstraintViolationException.class, () -> db.insertInto(AGENDA_ITEM)
                .set(AGENDA_ITEM.SUMMIT_ID, summit).set(AGENDA_ITEM.TITLE, "Zero length").set(AGENDA_ITEM.KIND, "PLENARY")
                .set(AGENDA_ITEM.START_AT, nine).set(AGENDA_ITEM.END_AT, nine).execute());
    }

    @Test
    void oneHeadPerDelegationAndOneEmailPerSummit() {
        long summit = summit();
        insertAttendee(summit, "FR", "Anne", true, "anne@example.fr");
        insertAttendee(summit, "FR", "Bruno", null, null);
        insertAttendee(summit, "FR", "Chloé", null, null);
        insertAttendee(summit, "UA", "Dmytro", true, "dmytro@example.ua");
        assertThrows(IntegrityConstraintViolationException.class,
                () -> insertAttendee(summit, "FR", "Denis", true, null));
        assertThrows(IntegrityConstraintViolationException.class,
                () -> insertAttendee(summit, "UA", "Olena", null, "anne@example.fr"));
        assertThrows(IntegrityConstraintViolationException.class,
                () -> insertAttendee(summit, "XX", "Nobody", null, null));
    }

    @Test
    void deletingASummitDeletesEverythingOfIt() {
        long summit = summit();
        insertAttendee(summit, "FR", "Anne", true, null);
        db.deleteFrom(SUMMIT).where(SUMMIT.ID.eq(summit)).execute();
        assertEquals(0, db.fetchCount(ATTENDEE));
    }

    private long summit() {
        return db.insertInto(SUMMIT).set(SUMMIT.NAME, "Test summit").set(SUMMIT.HOST_NATION, "FR")
                .set(SUMMIT.CITY, "Paris").set(SUMMIT.FIRST_DAY, LocalDate.of(2025, 3, 11))
                .set(SUMMIT.LAST_DAY, LocalDate.of(2025, 3, 11)).set(SUMMIT.TIME_ZONE, "Europe/Paris")
                .returningResult(SUMMIT.ID).fetchSingle().value1();
    }

    private void insertAttendee(long summit, String nation, String given, Boolean head, String email) {
        db.insertInto(ATTENDEE).set(ATTENDEE.SUMMIT_ID, summit).set(ATTENDEE.NATION_CODE, nation)
                .set(ATTENDEE.GIVEN_NAME, given).set(ATTENDEE.FAMILY_NAME, "Test").set(ATTENDEE.ROLE, "OFFICIAL")
                .set(ATTENDEE.HEAD_OF_DELEGATION, head).set(ATTENDEE.EMAIL, email).execute();
    }
}
