package org.summitplanner.store;

import org.summitplanner.errors.StaleDataException;
import org.summitplanner.errors.DuplicateKeyException;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.jooq.exception.DataAccessException;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.ProtocolDetails;

/**
 * Inserts and updates of attendees gathered into JDBC batches of {@link AttendeeImportStore#BATCH},
 * on the connection of the caller's transaction. Plain prepared statements bound column by column:
 * the import's profile showed jOOQ's per-row binding at about a tenth of the commit (issue 14), and
 * H2 does the rest whichever API sends the rows. Cancelling is checked between batches, never
 * inside a JDBC call (STACK.md).
 */
final class AttendeeBatches implements AutoCloseable {

    private static final String INSERT = "INSERT INTO attendee (summit_id, import_id, ext_key, nation_code, given_name, "
            + "family_name, honorific, position, role, head_of_delegation, email, phone, languages, arrives_at, "
            + "departs_at, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String RESTORE = "INSERT INTO attendee (summit_id, import_id, ext_key, nation_code, given_name, "
            + "family_name, honorific, position, role, head_of_delegation, email, phone, languages, arrives_at, "
            + "departs_at, notes, id, version, position_fr, style_code, style_en, style_fr, took_office_on, hand_position) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE attendee SET nation_code = ?, given_name = ?, family_name = ?, "
            + "honorific = ?, position = ?, role = ?, head_of_delegation = ?, email = ?, phone = ?, languages = ?, "
            + "arrives_at = ?, departs_at = ?, notes = ?, version = version + 1 "
            + "WHERE id = ? AND version = ? AND summit_id = ?";

    private final Connection connection;
    private final long summitId;
    private final Long importId;
    private final BooleanSupplier cancelled;
    private final List<Attendee> inserts = new ArrayList<>();
    private final List<Attendee> restores = new ArrayList<>();
    private final List<Attendee> updates = new ArrayList<>();
    private PreparedStatement insert;
    private PreparedStatement restore;
    private PreparedStatement update;
    int inserted;
    int updated;

    AttendeeBatches(Connection connection, long summitId, Long importId, BooleanSupplier cancelled) {
        this.connection = connection;
        this.summitId = summitId;
        this.importId = importId;
        this.cancelled = cancelled;
    }

    /** Adds a row: id 0 is inserted, any other id updated if its version is still stored. */
    void add(Attendee a) {
        (a.id() == 0 ? inserts : updates).add(a);
        if (inserts.size() + updates.size() >= AttendeeImportStore.BATCH) {
            flush();
        }
    }

    /** Puts a removed row back under its id and version (redo of an undone import). */
    void restore(Attendee a) {
        restores.add(a);
        if (restores.size() >= AttendeeImportStore.BATCH) {
            flush();
        }
    }

    private boolean exists(long id) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT 1 FROM attendee WHERE id = ?")) {
            s.setLong(1, id);
            try (var rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Sends what is gathered.
     *
     * @throws CancellationException if cancelled; the caller's transaction then rolls back
     * @throws DuplicateKeyException if an email, key or head mark collides
     * @throws StaleDataException if a row to update changed or went since it was read
     */
    void flush() {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("The import was cancelled; nothing was written.");
        }
        try {
            if (!inserts.isEmpty()) {
                insert = insert != null ? insert : connection.prepareStatement(INSERT);
                for (Attendee a : inserts) {
                    bindRow(insert, a);
                    insert.addBatch();
                }
                insert.executeBatch();
                inserted += inserts.size();
                inserts.clear();
            }
            if (!restores.isEmpty()) {
                restore = restore != null ? restore : connection.prepareStatement(RESTORE);
                for (Attendee a : restores) {
                    bindRow(restore, a);
                    restore.setLong(17, a.id());
                    restore.setInt(18, a.version());
                    restore.setString(19, a.positionFr());
                    bindProtocol(restore, 20, a.protocol());
                    restore.addBatch();
                }
                restore.executeBatch();
                restores.clear();
            }
            if (!updates.isEmpty()) {
                update = update != null ? update : connection.prepareStatement(UPDATE);
                for (Attendee a : updates) {
                    int i = 0;
                    update.setString(++i, a.nation());
                    update.setString(++i, a.givenName());
                    update.setString(++i, a.familyName());
                    update.setString(++i, a.honorific());
                    update.setString(++i, a.position());
                    update.setString(++i, a.role().name());
                    setHead(update, ++i, a.headOfDelegation());
                    update.setString(++i, a.email());
                    update.setString(++i, a.phone());
                    update.setString(++i, Rows.languagesToDb(a.languages()));
                    setTime(update, ++i, a.arrivesAt());
                    setTime(update, ++i, a.departsAt());
                    update.setString(++i, a.notes());
                    update.setLong(++i, a.id());
                    update.setInt(++i, a.version());
                    update.setLong(++i, summitId);
                    update.addBatch();
                }
                int[] counts = update.executeBatch();
                for (int i = 0; i < counts.length; i++) {
                    // a driver may answer SUCCESS_NO_INFO (-2); H2 and PostgreSQL give the count
                    if (counts[i] == 0) {
                        throw new StaleDataException("attendee", updates.get(i).id(), !exists(updates.get(i).id()));
                    }
                }
                updated += updates.size();
                updates.clear();
            }
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    private void bindRow(PreparedStatement s, Attendee a) throws SQLException {
        s.setLong(1, summitId);
        if (importId == null) {
            s.setNull(2, Types.BIGINT);
        } else {
            s.setLong(2, importId);
        }
        s.setString(3, a.key());
        s.setString(4, a.nation());
        s.setString(5, a.givenName());
        s.setString(6, a.familyName());
        s.setString(7, a.honorific());
        s.setString(8, a.position());
        s.setString(9, a.role().name());
        setHead(s, 10, a.headOfDelegation());
        s.setString(11, a.email());
        s.setString(12, a.phone());
        s.setString(13, Rows.languagesToDb(a.languages()));
        setTime(s, 14, a.arrivesAt());
        setTime(s, 15, a.departsAt());
        s.setString(16, a.notes());
    }

    /** The five protocol columns from {@code first} on (V9). */
    private static void bindProtocol(PreparedStatement s, int first, ProtocolDetails p) throws SQLException {
        s.setString(first, p.style() == null ? null : p.style().name());
        s.setString(first + 1, p.styleEn());
        s.setString(first + 2, p.styleFr());
        if (p.tookOffice() == null) {
            s.setNull(first + 3, Types.DATE);
        } else {
            s.setObject(first + 3, p.tookOffice());
        }
        if (p.handPosition() == null) {
            s.setNull(first + 4, Types.INTEGER);
        } else {
            s.setInt(first + 4, p.handPosition());
        }
    }

    private static void setHead(PreparedStatement s, int index, boolean head) throws SQLException {
        if (head) {
            s.setBoolean(index, true);
        } else {
            s.setNull(index, Types.BOOLEAN);
        }
    }

    private static void setTime(PreparedStatement s, int index, Instant time) throws SQLException {
        if (time == null) {
            s.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            s.setObject(index, Rows.toDb(time));
        }
    }

    /** A unique constraint by its name (as AttendeeStore names them), anything else as jOOQ would. */
    private static RuntimeException translate(SQLException e) {
        SQLException first = e instanceof BatchUpdateException && e.getNextException() != null ? e.getNextException() : e;
        String state = first.getSQLState() != null ? first.getSQLState() : e.getSQLState();
        if ("23505".equals(state)) {
            String message = String.valueOf(first.getMessage()).toLowerCase(Locale.ROOT)
                    + String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("attendee_email_uq")) {
                return new DuplicateKeyException("email", null, e);
            }
            if (message.contains("attendee_head_uq")) {
                return new DuplicateKeyException("head", null, e);
            }
            if (message.contains("attendee_key_uq")) {
                return new DuplicateKeyException("key", null, e);
            }
        }
        return new DataAccessException("Writing the attendees failed: " + e.getMessage(), e);
    }

    @Override
    public void close() {
        for (PreparedStatement s : new PreparedStatement[] {insert, restore, update}) {
            if (s != null) {
                try {
                    s.close();
                } catch (SQLException e) {
                    // the transaction's outcome is decided elsewhere; nothing to add here
                }
            }
        }
    }
}
