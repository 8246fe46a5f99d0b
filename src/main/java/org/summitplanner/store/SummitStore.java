package org.summitplanner.store;

import org.summitplanner.errors.StaleDataException;
import org.summitplanner.errors.DatabaseException;
import static org.summitplanner.store.jooq.Tables.AGENDA_ITEM;
import static org.summitplanner.store.jooq.Tables.ATTENDEE;
import static org.summitplanner.store.jooq.Tables.BILATERAL_REQUEST;
import static org.summitplanner.store.jooq.Tables.PARTICIPATION;
import static org.summitplanner.store.jooq.Tables.ROOM;
import static org.summitplanner.store.jooq.Tables.SUMMIT;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
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

    private final Database database;

    public SummitStore(Database database) {
        this.database = database;
    }

    /** jOOQ, made on first use: reading a whole summit (an export) needs none of it (see SummitRows). */
    private DSLContext dsl() {
        return database.dsl();
    }

    /** Every nation of the reference table, ordered by code (plain JDBC: a {@code load} then needs no jOOQ). */
    public List<Nation> nations() {
        return reading(false, c -> {
            List<Nation> out = new ArrayList<>();
            try (var s = c.createStatement();
                 var r = s.executeQuery("SELECT code, alpha3, kind, name_en, name_fr FROM nation ORDER BY code")) {
                while (r.next()) {
                    out.add(new Nation(r.getString(1), r.getString(2), NationKind.valueOf(r.getString(3)),
                            r.getString(4), r.getString(5)));
                }
            }
            return out;
        });
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
                    .set(SUMMIT.NAME_FR, summit.nameFr())
                    .set(SUMMIT.VENUE_FR, summit.venueFr())
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
        return new SummitOverview(summit, byStatus, attendees, rooms, items);
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
        // plain JDBC (SummitWriting): jOOQ only for the sections besides, when the summit has any
        boolean hasExtras = !content.bilaterals().isEmpty() || content.precedence() != null
                || extras.badges() != null || !extras.plans().isEmpty();
        return SummitWriting.insert(database, content, hasExtras, (db, summitId, attendeeIds, itemIds) -> {
            BilateralStore.insertAll(db, summitId, content.bilaterals(), itemIds);
            if (content.precedence() != null) {
                PrecedenceStore.insert(db, summitId, content.precedence());
            }
            insertExtras(db, summitId, extras, attendeeIds, itemIds);
        }, operation, source);
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
            b.attendeeCategories().forEach((id, code) -> categories.put(SummitWriting.mapped(attendeeIds, id, "attendee"), code));
            Map<Long, String> zones = new HashMap<>();
            b.attendeeZones().forEach((id, zone) -> zones.put(SummitWriting.mapped(attendeeIds, id, "attendee"), zone));
            BadgeStore.write(db, summitId, new BadgeScheme(b.categories(), b.roleDefaults(), categories, zones,
                    b.quotas()));
        }
        for (SeatingPlan plan : extras.plans()) {
            List<Seat> seats = plan.seats().stream().map(seat -> seat.withOccupant(seat.nation(),
                    seat.attendeeId() == null ? null : SummitWriting.mapped(attendeeIds, seat.attendeeId(), "attendee"))).toList();
            SeatingStore.putBack(db, summitId, new SeatingPlan(0,
                    SummitWriting.mapped(itemIds, plan.agendaItemId(), "agenda item"), plan.layout(), seats, 1));
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
                    .set(SUMMIT.NAME_FR, s.nameFr())
                    .set(SUMMIT.VENUE_FR, s.venueFr())
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
}
