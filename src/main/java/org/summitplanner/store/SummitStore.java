package org.summitplanner.store;

import org.summitplanner.errors.StaleDataException;
import org.summitplanner.errors.DuplicateKeyException;
import org.summitplanner.errors.DatabaseException;
import static org.summitplanner.store.jooq.Tables.AGENDA_ATTENDEE;
import static org.summitplanner.store.jooq.Tables.AGENDA_ITEM;
import static org.summitplanner.store.jooq.Tables.AGENDA_NATION;
import static org.summitplanner.store.jooq.Tables.ATTENDEE;
import static org.summitplanner.store.jooq.Tables.BILATERAL_REQUEST;
import static org.summitplanner.store.jooq.Tables.NATION;
import static org.summitplanner.store.jooq.Tables.PARTICIPATION;
import static org.summitplanner.store.jooq.Tables.ROOM;
import static org.summitplanner.store.jooq.Tables.SUMMIT;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Result;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.BilateralRequest;
import org.summitplanner.model.BadgeScheme;
import org.summitplanner.model.Nation;
import org.summitplanner.model.NationKind;
import org.summitplanner.model.Participation;
import org.summitplanner.model.ParticipationStatus;
import org.summitplanner.model.Room;
import org.summitplanner.model.Seat;
import org.summitplanner.model.SeatingPlan;
import org.summitplanner.model.Summit;
import org.summitplanner.model.SummitContent;
import org.summitplanner.model.SummitExtras;
import org.summitplanner.model.SummitOverview;

/**
 * Reads and writes summits. Every write runs in one transaction; every read returns model types.
 */
public final class SummitStore {

    private static final int CHUNK = 1_000;

    private final Database database;

    public SummitStore(Database database) {
        this.database = database;
    }

    /** jOOQ, made on first use: reading a whole summit (an export) needs none of it (see SummitRows). */
    private DSLContext dsl() {
        return database.dsl();
    }

    /** Every nation of the reference table, ordered by code. */
    public List<Nation> nations() {
        return dsl().selectFrom(NATION).orderBy(NATION.CODE).fetch(r -> new Nation(r.getCode(), r.getAlpha3(),
                NationKind.valueOf(r.getKind()), r.getNameEn(), r.getNameFr()));
    }

    // the summits are read in plain JDBC (SummitRows): finding the one to export then loads no jOOQ class

    public List<Summit> summits() {
        return reading(false, c -> SummitRows.summits(c, null, null));
    }

    public Optional<Summit> summit(long id) {
        return reading(false, c -> SummitRows.summits(c, "id = ?", id)).stream().findFirst();
    }

    public Optional<Summit> summitNamed(String name) {
        return reading(false, c -> SummitRows.summits(c, "name = ?", name)).stream().findFirst();
    }

    private interface Reading<T> {
        T read(Connection c) throws SQLException;
    }

    /** Plain JDBC on a connection of the database's pool, in one transaction when {@code transaction}. */
    private <T> T reading(boolean transaction, Reading<T> work) {
        try (Connection c = database.dataSource().getConnection()) {
            if (!transaction) {
                return work.read(c);
            }
            c.setAutoCommit(false);
            try {
                T result = work.read(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DatabaseException("Cannot read " + database.description() + ": " + e.getMessage(), e);
        }
    }

    /** Creates an empty summit and returns it with its id. */
    public Summit createSummit(Summit summit) {
        return dsl().transactionResult(tx -> {
            long id = insertSummit(tx.dsl(), summit);
            return summit.withId(id);
        });
    }

    /**
     * Changes a summit's own fields.
     *
     * @throws StaleDataException if the summit changed or vanished since {@code summit} was read
     */
    public Summit updateSummit(Summit summit) {
        return dsl().transactionResult(tx -> {
            if (tx.dsl().fetchExists(SUMMIT, SUMMIT.NAME.eq(summit.name()).and(SUMMIT.ID.ne(summit.id())))) {
                throw new DatabaseException("A summit named \"" + summit.name() + "\" already exists.");
            }
            int rows = tx.dsl().update(SUMMIT)
                    .set(SUMMIT.NAME, summit.name())
                    .set(SUMMIT.HOST_NATION, summit.hostNation())
                    .set(SUMMIT.CITY, summit.city())
                    .set(SUMMIT.VENUE, summit.venue())
                    .set(SUMMIT.FIRST_DAY, summit.firstDay())
                    .set(SUMMIT.LAST_DAY, summit.lastDay())
                    .set(SUMMIT.TIME_ZONE, summit.timeZone().getId())
                    .set(SUMMIT.TRANSFER_MINUTES, summit.transferMinutes())
                    .set(SUMMIT.VERSION, SUMMIT.VERSION.plus(1))
                    .where(SUMMIT.ID.eq(summit.id()).and(SUMMIT.VERSION.eq(summit.version())))
                    .execute();
            Versions.requireUpdated(tx.dsl(), rows, SUMMIT, SUMMIT.ID, summit.id());
            return tx.dsl().selectFrom(SUMMIT).where(SUMMIT.ID.eq(summit.id())).fetchSingle(Rows::summit);
        });
    }

    /** Deletes a summit with everything in it: its participations, rooms, attendees and agenda. */
    public void deleteSummit(long id) {
        dsl().transaction(tx -> tx.dsl().deleteFrom(SUMMIT).where(SUMMIT.ID.eq(id)).execute());
    }

    public SummitOverview overview(long summitId) {
        Summit summit = summit(summitId).orElseThrow(() -> new DatabaseException("No summit with id " + summitId));
        Map<ParticipationStatus, List<String>> byStatus = new EnumMap<>(ParticipationStatus.class);
        dsl().select(PARTICIPATION.STATUS, PARTICIPATION.NATION_CODE)
                .from(PARTICIPATION).where(PARTICIPATION.SUMMIT_ID.eq(summitId))
                .orderBy(PARTICIPATION.NATION_CODE)
                .forEach(r -> byStatus.computeIfAbsent(ParticipationStatus.valueOf(r.value1()),
                        s -> new ArrayList<>()).add(r.value2()));
        int attendees = dsl().fetchCount(ATTENDEE, ATTENDEE.SUMMIT_ID.eq(summitId));
        int rooms = dsl().fetchCount(ROOM, ROOM.SUMMIT_ID.eq(summitId));
        int items = dsl().fetchCount(AGENDA_ITEM, AGENDA_ITEM.SUMMIT_ID.eq(summitId));
        int named = dsl().fetchCount(dsl().select().from(AGENDA_ATTENDEE).join(AGENDA_ITEM)
                .on(AGENDA_ATTENDEE.AGENDA_ITEM_ID.eq(AGENDA_ITEM.ID)).where(AGENDA_ITEM.SUMMIT_ID.eq(summitId)));
        int delegations = dsl().fetchCount(dsl().select().from(AGENDA_NATION).join(AGENDA_ITEM)
                .on(AGENDA_NATION.AGENDA_ITEM_ID.eq(AGENDA_ITEM.ID)).where(AGENDA_ITEM.SUMMIT_ID.eq(summitId)));
        return new SummitOverview(summit, byStatus, attendees, rooms, items, named + delegations);
    }

    /**
     * Writes a whole summit in one transaction and returns its new id. The ids inside
     * {@code content} only tie its parts together; the stored rows get new ones.
     */
    public long insert(SummitContent content) {
        return insert(content, SummitExtras.NONE);
    }

    /** As {@link #insert(SummitContent)}, with the summit's badge scheme and seating plans (same transaction). */
    public long insert(SummitContent content, SummitExtras extras) {
        return insert(content, extras, "summit", null);
    }

    /**
     * As {@link #insert(SummitContent, SummitExtras)}, recorded in the audit log as one bulk write
     * (BulkAudit): the summit's row, then one entry naming {@code operation} ("load", "demo") and
     * {@code source} (a file name; null: none) with the ids of every row stored.
     */
    public long insert(SummitContent content, SummitExtras extras, String operation, String source) {
        return dsl().transactionResult(tx -> {
            DSLContext db = tx.dsl();
            long summitId = insertSummit(db, content.summit());
            Map<String, Object> details = BulkAudit.details(operation);
            if (source != null) {
                details.put("file", source);
            }
            long entry = BulkAudit.begin(db, SUMMIT.getName(), summitId, summitId, details);
            insertParticipations(db, summitId, content.participations());
            Map<Long, Long> roomIds = insertRooms(db, summitId, content.rooms());
            Map<Long, Long> attendeeIds = insertAttendees(db, summitId, content.attendees());
            Map<Long, Long> itemIds = insertAgenda(db, summitId, content.agenda(), roomIds, attendeeIds);
            BilateralStore.insertAll(db, summitId, content.bilaterals(), itemIds);
            if (content.precedence() != null) {
                PrecedenceStore.insert(db, summitId, content.precedence());
            }
            insertExtras(db, summitId, extras, attendeeIds, itemIds);
            for (String table : V12_1__AuditTriggers.AUDITED) {
                var t = org.summitplanner.store.jooq.DefaultSchema.DEFAULT_SCHEMA.getTable(table);
                if (!table.equals(SUMMIT.getName()) && t != null && t.field("id") != null && t.field("summit_id") != null) {
                    String ids = BulkAudit.idRanges(db, table, "summit_id", summitId);
                    if (!ids.isEmpty()) {
                        details.put(table, ids);
                    }
                }
            }
            BulkAudit.end(db, entry, details);
            return summitId;
        });
    }

    /** A whole summit and its extras, read in one transaction (what an export writes). */
    public record Whole(SummitContent content, SummitExtras extras) {
    }

    /** Read in plain JDBC (SummitRows): an export loads no jOOQ class. */
    public Whole readWhole(long summitId) {
        return reading(true, c -> SummitRows.whole(c, summitId));
    }

    private static void insertExtras(DSLContext db, long summitId, SummitExtras extras, Map<Long, Long> attendeeIds,
                                     Map<Long, Long> itemIds) {
        if (extras.badges() != null) {
            BadgeScheme b = extras.badges();
            Map<Long, String> categories = new HashMap<>();
            b.attendeeCategories().forEach((id, code) -> categories.put(mapped(attendeeIds, id, "attendee"), code));
            Map<Long, String> zones = new HashMap<>();
            b.attendeeZones().forEach((id, zone) -> zones.put(mapped(attendeeIds, id, "attendee"), zone));
            BadgeStore.write(db, summitId, new BadgeScheme(b.categories(), b.roleDefaults(), categories, zones,
                    b.quotas()));
        }
        for (SeatingPlan plan : extras.plans()) {
            List<Seat> seats = plan.seats().stream().map(seat -> seat.withOccupant(seat.nation(),
                    seat.attendeeId() == null ? null : mapped(attendeeIds, seat.attendeeId(), "attendee"))).toList();
            SeatingStore.putBack(db, summitId, new SeatingPlan(0,
                    mapped(itemIds, plan.agendaItemId(), "agenda item"), plan.layout(), seats, 1));
        }
    }

    /** Everything of one summit, each list in the order it was stored. */
    public SummitContent read(long summitId) {
        return dsl().transactionResult(tx -> read(tx.dsl(), summitId));
    }

    private static SummitContent read(DSLContext db, long summitId) {
        Summit summit = db.selectFrom(SUMMIT).where(SUMMIT.ID.eq(summitId)).fetchOptional(Rows::summit)
                .orElseThrow(() -> new DatabaseException("No summit with id " + summitId));
        List<Participation> participations = db.selectFrom(PARTICIPATION)
                .where(PARTICIPATION.SUMMIT_ID.eq(summitId)).orderBy(PARTICIPATION.ID)
                .fetch(Rows::participation);
        List<Room> rooms = db.selectFrom(ROOM).where(ROOM.SUMMIT_ID.eq(summitId)).orderBy(ROOM.ID)
                .fetch(Rows::room);
        // the many rows in plain JDBC, on this transaction's connection (see SummitRows)
        List<Attendee> attendees = db.connectionResult(c -> SummitRows.attendees(c, summitId));
        List<AgendaItem> agenda = db.connectionResult(c -> SummitRows.agenda(c, summitId));
        List<BilateralRequest> bilaterals = db.selectFrom(BILATERAL_REQUEST)
                .where(BILATERAL_REQUEST.SUMMIT_ID.eq(summitId)).orderBy(BILATERAL_REQUEST.ID)
                .fetch(BilateralStore::request);
        return new SummitContent(summit, participations, rooms, attendees, agenda, bilaterals);
    }

    private static long insertSummit(DSLContext db, Summit s) {
        try {
            return db.insertInto(SUMMIT)
                    .set(SUMMIT.NAME, s.name())
                    .set(SUMMIT.HOST_NATION, s.hostNation())
                    .set(SUMMIT.CITY, s.city())
                    .set(SUMMIT.VENUE, s.venue())
                    .set(SUMMIT.FIRST_DAY, s.firstDay())
                    .set(SUMMIT.LAST_DAY, s.lastDay())
                    .set(SUMMIT.TIME_ZONE, s.timeZone().getId())
                    .set(SUMMIT.TRANSFER_MINUTES, s.transferMinutes())
                    .returningResult(SUMMIT.ID)
                    .fetchSingle().value1();
        } catch (IntegrityConstraintViolationException e) {
            if (db.fetchExists(SUMMIT, SUMMIT.NAME.eq(s.name()))) {
                throw new DatabaseException("A summit named \"" + s.name() + "\" already exists.", e);
            }
            throw e;
        }
    }

    private static void insertParticipations(DSLContext db, long summitId, List<Participation> participations) {
        for (int from = 0; from < participations.size(); from += CHUNK) {
            BatchBindStep batch = db.batch(db.insertInto(PARTICIPATION, PARTICIPATION.SUMMIT_ID,
                    PARTICIPATION.NATION_CODE, PARTICIPATION.STATUS, PARTICIPATION.INVITED_ON,
                    PARTICIPATION.RESPONDED_ON, PARTICIPATION.NOTES)
                    .values((Long) null, null, null, null, null, null));
            for (Participation p : participations.subList(from, Math.min(from + CHUNK, participations.size()))) {
                batch.bind(summitId, p.nation(), p.status().name(), p.invitedOn(), p.respondedOn(), p.notes());
            }
            batch.execute();
        }
    }

    /** Inserts rows in chunks with a multi-row INSERT ... RETURNING, and maps old ids to new. */
    private static Map<Long, Long> insertRooms(DSLContext db, long summitId, List<Room> rooms) {
        Map<Long, Long> ids = new HashMap<>();
        for (int from = 0; from < rooms.size(); from += CHUNK) {
            List<Room> chunk = rooms.subList(from, Math.min(from + CHUNK, rooms.size()));
            var insert = db.insertInto(ROOM, ROOM.SUMMIT_ID, ROOM.EXT_KEY, ROOM.NAME, ROOM.BUILDING, ROOM.CAPACITY,
                    ROOM.NAME_FR);
            for (Room r : chunk) {
                insert = insert.values(summitId, r.key(), r.name(), r.building(), r.capacity(), r.nameFr());
            }
            mapIds(ids, chunk.stream().map(Room::id).toList(), insert.returningResult(ROOM.ID).fetch());
        }
        return ids;
    }

    private static Map<Long, Long> insertAttendees(DSLContext db, long summitId, List<Attendee> attendees) {
        // the unique constraint would refuse it too, but as an SQL error naming no delegation
        Set<String> headed = new HashSet<>();
        for (Attendee a : attendees) {
            if (a.headOfDelegation() && !headed.add(a.nation())) {
                throw new DuplicateKeyException("head", a.nation(), null);
            }
        }
        Map<Long, Long> ids = new HashMap<>();
        for (int from = 0; from < attendees.size(); from += CHUNK) {
            List<Attendee> chunk = attendees.subList(from, Math.min(from + CHUNK, attendees.size()));
            var insert = db.insertInto(ATTENDEE, ATTENDEE.SUMMIT_ID, ATTENDEE.EXT_KEY, ATTENDEE.NATION_CODE,
                    ATTENDEE.GIVEN_NAME, ATTENDEE.FAMILY_NAME, ATTENDEE.HONORIFIC, ATTENDEE.POSITION,
                    ATTENDEE.ROLE, ATTENDEE.HEAD_OF_DELEGATION, ATTENDEE.EMAIL, ATTENDEE.PHONE,
                    ATTENDEE.LANGUAGES, ATTENDEE.ARRIVES_AT, ATTENDEE.DEPARTS_AT, ATTENDEE.NOTES, ATTENDEE.POSITION_FR,
                    ATTENDEE.STYLE_CODE, ATTENDEE.STYLE_EN, ATTENDEE.STYLE_FR, ATTENDEE.TOOK_OFFICE_ON,
                    ATTENDEE.HAND_POSITION);
            for (Attendee a : chunk) {
                var p = a.protocol();
                insert = insert.values(summitId, a.key(), a.nation(), a.givenName(), a.familyName(), a.honorific(),
                        a.position(), a.role().name(), Rows.headToDb(a.headOfDelegation()), a.email(), a.phone(),
                        Rows.languagesToDb(a.languages()), Rows.toDb(a.arrivesAt()), Rows.toDb(a.departsAt()),
                        a.notes(), a.positionFr(), p.style() == null ? null : p.style().name(), p.styleEn(),
                        p.styleFr(), p.tookOffice(), p.handPosition());
            }
            mapIds(ids, chunk.stream().map(Attendee::id).toList(), insert.returningResult(ATTENDEE.ID).fetch());
        }
        return ids;
    }

    private static Map<Long, Long> insertAgenda(DSLContext db, long summitId, List<AgendaItem> agenda,
                                     Map<Long, Long> roomIds, Map<Long, Long> attendeeIds) {
        Map<Long, Long> itemIds = new HashMap<>();
        for (int from = 0; from < agenda.size(); from += CHUNK) {
            List<AgendaItem> chunk = agenda.subList(from, Math.min(from + CHUNK, agenda.size()));
            var insert = db.insertInto(AGENDA_ITEM, AGENDA_ITEM.SUMMIT_ID, AGENDA_ITEM.EXT_KEY, AGENDA_ITEM.TITLE,
                    AGENDA_ITEM.KIND, AGENDA_ITEM.START_AT, AGENDA_ITEM.END_AT, AGENDA_ITEM.ROOM_ID,
                    AGENDA_ITEM.CLOSED_DOOR, AGENDA_ITEM.DESCRIPTION, AGENDA_ITEM.TITLE_FR, AGENDA_ITEM.DESCRIPTION_FR);
            for (AgendaItem i : chunk) {
                insert = insert.values(summitId, i.key(), i.title(), i.kind().name(), Rows.toDb(i.time().start()),
                        Rows.toDb(i.time().end()), i.roomId() == null ? null : mapped(roomIds, i.roomId(), "room"),
                        i.closed(), i.description(), i.titleFr(), i.descriptionFr());
            }
            mapIds(itemIds, chunk.stream().map(AgendaItem::id).toList(), insert.returningResult(AGENDA_ITEM.ID).fetch());
        }
        // the join rows in plain JDBC batches: a UN-week summit has some 100,000 of them, and jOOQ's binding
        // of each one was a fifth of storing the summit (issue 14, JFR of `load`)
        db.connection(c -> {
            try (PreparedStatement named = c.prepareStatement(
                         "INSERT INTO agenda_attendee (agenda_item_id, attendee_id) VALUES (?, ?)");
                 PreparedStatement delegations = c.prepareStatement(
                         "INSERT INTO agenda_nation (agenda_item_id, nation_code) VALUES (?, ?)")) {
                int pendingNamed = 0;
                int pendingDelegations = 0;
                for (AgendaItem item : agenda) {
                    long itemId = itemIds.get(item.id());
                    for (long attendee : item.attendeeIds()) {
                        named.setLong(1, itemId);
                        named.setLong(2, mapped(attendeeIds, attendee, "attendee"));
                        named.addBatch();
                        if (++pendingNamed % CHUNK == 0) {
                            named.executeBatch();
                        }
                    }
                    for (String nation : item.nations()) {
                        delegations.setLong(1, itemId);
                        delegations.setString(2, nation);
                        delegations.addBatch();
                        if (++pendingDelegations % CHUNK == 0) {
                            delegations.executeBatch();
                        }
                    }
                }
                named.executeBatch();
                delegations.executeBatch();
            } catch (SQLException e) {
                throw new DataAccessException("Storing the agenda's participants failed: " + e.getMessage(), e);
            }
        });
        return itemIds;
    }

    private static long mapped(Map<Long, Long> ids, long oldId, String what) {
        Long id = ids.get(oldId);
        if (id == null) {
            throw new IllegalArgumentException("agenda item refers to " + what + " " + oldId + " that is not in the summit");
        }
        return id;
    }

    private static void mapIds(Map<Long, Long> ids, List<Long> oldIds, Result<Record1<Long>> newIds) {
        if (newIds.size() != oldIds.size()) {
            throw new IllegalStateException("inserted " + oldIds.size() + " rows but got " + newIds.size() + " ids");
        }
        for (int i = 0; i < oldIds.size(); i++) {
            if (ids.put(oldIds.get(i), newIds.get(i).value1()) != null) {
                throw new IllegalArgumentException("two rows share the id " + oldIds.get(i));
            }
        }
    }
}
