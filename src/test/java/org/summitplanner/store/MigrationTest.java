package org.summitplanner.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.Nation;
import org.summitplanner.model.NationKind;

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
