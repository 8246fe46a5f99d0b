package org.summitplanner.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.summitplanner.errors.DatabaseException;
import org.summitplanner.errors.DuplicateKeyException;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.Participation;
import org.summitplanner.model.Room;
import org.summitplanner.model.Summit;
import org.summitplanner.model.SummitContent;

/**
 * Writes a whole summit (a loaded file, the demo) in plain JDBC, in one transaction on one connection: the
 * summit's row, its BULK audit entry (BulkAudit), then participations, rooms, attendees and agenda items as
 * multi-row INSERTs returning their new ids, and the agenda's join rows as multi-row INSERTs. jOOQ, which bound each
 * of the some 33,000 values of a UN-week file and whose classes a {@code load} loaded and compiled for this
 * alone, is used only for the sections a summit file may carry besides (bilaterals, precedence, badges, seating
 * plans), on the same connection and transaction. The SQL is the same on H2 and PostgreSQL.
 *
 * <p>Errors are thrown as jOOQ would have: an SQL state of class 23 as {@link IntegrityConstraintViolationException},
 * any other as {@link DataAccessException}, so callers see what they saw before.
 */
final class SummitWriting {

    /** Rows per multi-row INSERT: at most 21 values a row, below PostgreSQL's 32,767 parameters. */
    static final int CHUNK = 1_000;

    /**
     * The audited tables, besides summit, whose rows carry an id and a summit_id: the BULK entry lists the ids a
     * stored summit got in each, in this order (V12_1__AuditTriggers.AUDITED's). SummitWritingTest holds it to
     * the schema.
     */
    static final List<String> LISTED = List.of("participation", "room", "attendee", "agenda_item",
            "acknowledgement", "attendee_import", "badge_category", "seating_plan", "bilateral_request");

    private SummitWriting() {
    }

    interface ExtrasWriter {
        void write(DSLContext db, long summitId, Map<Long, Long> attendeeIds, Map<Long, Long> itemIds);
    }

    /** Stores the summit in one transaction and returns its new id (see {@link SummitStore#insert}). */
    static long insert(Database database, SummitContent content, boolean hasExtras, ExtrasWriter extras,
                       String operation, String source) {
        boolean postgres = database.isServer();
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                long summitId = insertSummit(c, content.summit());
                Map<String, Object> details = BulkAudit.details(operation);
                if (source != null) {
                    details.put("file", source);
                }
                long entry = BulkAudit.begin(c, postgres, "summit", summitId, summitId, details);
                insertParticipations(c, summitId, content.participations());
                Map<Long, Long> roomIds = insertRooms(c, summitId, content.rooms());
                Map<Long, Long> attendeeIds = insertAttendees(c, summitId, content.attendees());
                Map<Long, Long> itemIds = insertAgenda(c, summitId, content.agenda(), roomIds, attendeeIds);
                if (hasExtras) {
                    extras.write(database.dsl(c), summitId, attendeeIds, itemIds);
                }
                for (String table : LISTED) {
                    String ids = BulkAudit.idRanges(c, table, "summit_id", summitId);
                    if (!ids.isEmpty()) {
                        details.put(table, ids);
                    }
                }
                BulkAudit.end(c, postgres, entry, details);
                c.commit();
                return summitId;
            } catch (SQLException | RuntimeException | Error e) {
                try {
                    c.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw translate("Storing the summit failed", e);
        }
    }

    /** As jOOQ translates an SQLException. */
    static DataAccessException translate(String what, SQLException e) {
        String message = what + ": " + e.getMessage();
        return e.getSQLState() != null && e.getSQLState().startsWith("23")
                ? new IntegrityConstraintViolationException(message, e) : new DataAccessException(message, e);
    }

    private static long insertSummit(Connection c, Summit s) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO summit (name, host_nation, city, venue, "
                + "first_day, last_day, time_zone, transfer_minutes, name_fr, venue_fr) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
            set(insert, 1, s.name(), s.hostNation(), s.city(), s.venue(), s.firstDay(), s.lastDay(), s.timeZone().getId(),
                    s.transferMinutes(), s.nameFr(), s.venueFr());
            insert.executeUpdate();
            return keys(insert, 1)[0];
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23") && exists(c, s.name())) {
                throw new DatabaseException("A summit named \"" + s.name() + "\" already exists.", translate("", e));
            }
            throw e;
        }
    }

    private static boolean exists(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM summit WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    private static void insertParticipations(Connection c, long summitId, List<Participation> participations)
            throws SQLException {
        insertRows(c, "participation (summit_id, nation_code, status, invited_on, responded_on, notes)", 6,
                participations, (p, row) -> {
                    row[0] = summitId;
                    row[1] = p.nation();
                    row[2] = p.status().name();
                    row[3] = p.invitedOn();
                    row[4] = p.respondedOn();
                    row[5] = p.notes();
                }, null);
    }

    private static Map<Long, Long> insertRooms(Connection c, long summitId, List<Room> rooms) throws SQLException {
        Map<Long, Long> ids = new HashMap<>();
        insertRows(c, "room (summit_id, ext_key, name, building, capacity, name_fr, bilaterals, building_fr)", 8, rooms,
                (r, row) -> {
                    row[0] = summitId;
                    row[1] = r.key();
                    row[2] = r.name();
                    row[3] = r.building();
                    row[4] = r.capacity();
                    row[5] = r.nameFr();
                    row[6] = r.bilaterals();
                    row[7] = r.buildingFr();
                }, idMap(ids, Room::id));
        return ids;
    }

    private static Map<Long, Long> insertAttendees(Connection c, long summitId, List<Attendee> attendees)
            throws SQLException {
        // the unique constraint would refuse it too, but as an SQL error naming no delegation
        Set<String> headed = new HashSet<>();
        for (Attendee a : attendees) {
            if (a.headOfDelegation() && !headed.add(a.nation())) {
                throw new DuplicateKeyException("head", a.nation(), null);
            }
        }
        Map<Long, Long> ids = new HashMap<>();
        insertRows(c, "attendee (summit_id, ext_key, nation_code, given_name, family_name, honorific, position, role, "
                + "head_of_delegation, email, phone, languages, arrives_at, departs_at, notes, position_fr, style_code, "
                + "style_en, style_fr, took_office_on, hand_position)", 21, attendees, (a, row) -> {
                    var p = a.protocol();
                    row[0] = summitId;
                    row[1] = a.key();
                    row[2] = a.nation();
                    row[3] = a.givenName();
                    row[4] = a.familyName();
                    row[5] = a.honorific();
                    row[6] = a.position();
                    row[7] = a.role().name();
                    row[8] = Rows.headToDb(a.headOfDelegation());
                    row[9] = a.email();
                    row[10] = a.phone();
                    row[11] = Rows.languagesToDb(a.languages());
                    row[12] = Rows.toDb(a.arrivesAt());
                    row[13] = Rows.toDb(a.departsAt());
                    row[14] = a.notes();
                    row[15] = a.positionFr();
                    row[16] = p.style() == null ? null : p.style().name();
                    row[17] = p.styleEn();
                    row[18] = p.styleFr();
                    row[19] = p.tookOffice();
                    row[20] = p.handPosition();
                }, idMap(ids, Attendee::id));
        return ids;
    }

    private static Map<Long, Long> insertAgenda(Connection c, long summitId, List<AgendaItem> agenda,
                                                Map<Long, Long> roomIds, Map<Long, Long> attendeeIds)
            throws SQLException {
        Map<Long, Long> itemIds = new HashMap<>();
        insertRows(c, "agenda_item (summit_id, ext_key, title, kind, start_at, end_at, room_id, closed_door, "
                + "description, title_fr, description_fr)", 11, agenda, (i, row) -> {
                    row[0] = summitId;
                    row[1] = i.key();
                    row[2] = i.title();
                    row[3] = i.kind().name();
                    row[4] = Rows.toDb(i.time().start());
                    row[5] = Rows.toDb(i.time().end());
                    row[6] = i.roomId() == null ? null : mapped(roomIds, i.roomId(), "room");
                    row[7] = i.closed();
                    row[8] = i.description();
                    row[9] = i.titleFr();
                    row[10] = i.descriptionFr();
                }, idMap(itemIds, AgendaItem::id));
        // the join rows, some 27,000 in a UN-week summit: multi-row INSERTs too (about a tenth less CPU for
        // storing than JDBC batches of one row each, measured under load)
        List<long[]> named = new ArrayList<>();
        List<Object[]> delegations = new ArrayList<>();
        for (AgendaItem item : agenda) {
            long itemId = itemIds.get(item.id());
            for (long attendee : item.attendeeIds()) {
                named.add(new long[] {itemId, mapped(attendeeIds, attendee, "attendee")});
            }
            for (String nation : item.nations()) {
                delegations.add(new Object[] {itemId, nation});
            }
        }
        insertRows(c, "agenda_attendee (agenda_item_id, attendee_id)", 2, named, (r, row) -> {
            row[0] = r[0];
            row[1] = r[1];
        }, null);
        insertRows(c, "agenda_nation (agenda_item_id, nation_code)", 2, delegations, (r, row) -> {
            row[0] = r[0];
            row[1] = r[1];
        }, null);
        return itemIds;
    }

    private interface RowValues<T> {
        void fill(T item, Object[] row);
    }

    /** Receives the new ids of one chunk, in the order of its rows. */
    private interface NewIds<T> {
        void take(List<T> chunk, long[] ids);
    }

    private static <T> NewIds<T> idMap(Map<Long, Long> ids, java.util.function.ToLongFunction<T> oldId) {
        return (chunk, newIds) -> {
            for (int i = 0; i < chunk.size(); i++) {
                if (ids.put(oldId.applyAsLong(chunk.get(i)), newIds[i]) != null) {
                    throw new IllegalArgumentException("two rows share the id " + oldId.applyAsLong(chunk.get(i)));
                }
            }
        };
    }

    /**
     * INSERT INTO {@code into} VALUES (...), (...): {@link #CHUNK} rows a statement (the last one shorter, one
     * statement prepared for each length), returning the new ids when {@code newIds} is not null.
     */
    private static <T> void insertRows(Connection c, String into, int columns, List<T> rows, RowValues<T> values,
                                       NewIds<T> newIds) throws SQLException {
        Object[] row = new Object[columns];
        PreparedStatement full = null;
        try {
            for (int from = 0; from < rows.size(); from += CHUNK) {
                List<T> chunk = rows.subList(from, Math.min(from + CHUNK, rows.size()));
                boolean whole = chunk.size() == CHUNK;
                PreparedStatement insert = whole && full != null ? full : prepare(c, into, columns, chunk.size(), newIds != null);
                if (whole) {
                    full = insert;
                }
                try {
                    int at = 1;
                    for (T item : chunk) {
                        values.fill(item, row);
                        at = set(insert, at, row);
                    }
                    insert.executeUpdate();
                    if (newIds != null) {
                        newIds.take(chunk, keys(insert, chunk.size()));
                    }
                } finally {
                    if (!whole) {
                        insert.close();
                    }
                }
            }
        } finally {
            if (full != null) {
                full.close();
            }
        }
    }

    private static PreparedStatement prepare(Connection c, String into, int columns, int rows, boolean returning)
            throws SQLException {
        StringBuilder sql = new StringBuilder(40 + rows * (columns * 3 + 4)).append("INSERT INTO ").append(into)
                .append(" VALUES ");
        for (int r = 0; r < rows; r++) {
            sql.append(r == 0 ? "(" : ", (");
            for (int i = 0; i < columns; i++) {
                sql.append(i == 0 ? "?" : ", ?");
            }
            sql.append(')');
        }
        return returning ? c.prepareStatement(sql.toString(), new String[] {"id"}) : c.prepareStatement(sql.toString());
    }

    private static int set(PreparedStatement s, int at, Object... values) throws SQLException {
        for (Object value : values) {
            s.setObject(at++, value);
        }
        return at;
    }

    private static long[] keys(PreparedStatement insert, int expected) throws SQLException {
        long[] ids = new long[expected];
        int n = 0;
        try (ResultSet keys = insert.getGeneratedKeys()) {
            while (keys.next()) {
                if (n == expected) {
                    throw new IllegalStateException("inserted " + expected + " rows but got more ids");
                }
                ids[n++] = keys.getLong(1);
            }
        }
        if (n != expected) {
            throw new IllegalStateException("inserted " + expected + " rows but got " + n + " ids");
        }
        return ids;
    }

    /** The new id of what the file calls {@code oldId}; refused naming it when the file has no such thing. */
    static long mapped(Map<Long, Long> ids, long oldId, String what) {
        Long id = ids.get(oldId);
        if (id == null) {
            throw new IllegalArgumentException("agenda item refers to " + what + " " + oldId + " that is not in the summit");
        }
        return id;
    }
}
