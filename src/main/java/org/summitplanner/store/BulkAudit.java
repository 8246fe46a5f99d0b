package org.summitplanner.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;

/**
 * One audit entry for a bulk write (an import, a loaded summit file, the demo) instead of one per inserted
 * row: issue 14 measured the row-by-row entries at about half of a 100,000-row import. Within the
 * transaction of the write, {@link #begin} writes an entry of kind BULK (who, when, what) and marks the
 * transaction, so that the audit trigger skips the rows it INSERTS; updates and deletes are still recorded
 * row by row, and so is every edit outside a bulk write. {@link #end} completes the entry (counts, the ids
 * of the rows written, as ranges) and lifts the mark. The mark belongs to the transaction: a rollback takes
 * the entry away with the rows, and the next transaction is audited row by row again.
 *
 * <p>H2: the mark is the session's current H2 transaction (kept weakly here; {@link AuditTrigger} asks
 * {@link #isBulk}); a new transaction is a new object, so a mark never outlives its transaction.
 * PostgreSQL: the functions summit_bulk_begin/summit_bulk_end of {@link V13_1__BulkAudit}. See
 * docs/decisions/0025-perf-bulk-audit.md.
 */
public final class BulkAudit {

    /** The kind of a bulk entry in audit_log.change_kind. */
    public static final String KIND = "BULK";

    private static final Map<Object, Boolean> MARKED = Collections.synchronizedMap(new WeakHashMap<>());

    private BulkAudit() {
    }

    /** What a bulk entry says: fields of its JSON object, in order (texts, numbers or nested maps). */
    public static Map<String, Object> details(String operation) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("operation", operation);
        return out;
    }

    /**
     * Writes the BULK entry about {@code table}'s row {@code rowId} (the import, the summit) and marks the
     * transaction of {@code db}. Call inside the transaction, before the rows are inserted.
     *
     * @return the entry's id, for {@link #end}
     */
    static long begin(DSLContext db, String table, Long rowId, long summitId, Map<String, Object> details) {
        return db.connectionResult(c -> begin(c, postgres(db), table, rowId, summitId, details));
    }

    /** As {@link #begin(DSLContext, String, Long, long, Map)}, on a plain JDBC connection in its transaction. */
    static long begin(Connection c, boolean postgres, String table, Long rowId, long summitId,
                      Map<String, Object> details) throws SQLException {
        String json = json(details);
        if (postgres) {
            try (PreparedStatement s = c.prepareStatement("SELECT summit_bulk_begin(?, ?, ?, ?)")) {
                s.setString(1, table);
                s.setObject(2, rowId);
                s.setLong(3, summitId);
                s.setString(4, json);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        }
        long id;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_log (changed_at, changed_by, table_name, "
                + "row_id, summit_id, change_kind, before_row, after_row) VALUES (?, ?, ?, ?, ?, ?, NULL, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setObject(1, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
            s.setString(2, System.getProperty("user.name", "unknown"));
            s.setString(3, table);
            s.setObject(4, rowId);
            s.setLong(5, summitId);
            s.setString(6, KIND);
            s.setString(7, json);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        MARKED.put(transaction(c), Boolean.TRUE);
        return id;
    }

    /** Writes the entry's final details and lifts the mark: later inserts of the transaction are audited row by row. */
    static void end(DSLContext db, long entryId, Map<String, Object> details) {
        db.connection(c -> end(c, postgres(db), entryId, details));
    }

    /** As {@link #end(DSLContext, long, Map)}, on the plain JDBC connection of {@link #begin(Connection, boolean, String, Long, long, Map)}. */
    static void end(Connection c, boolean postgres, long entryId, Map<String, Object> details) throws SQLException {
        String json = json(details);
        if (postgres) {
            try (PreparedStatement s = c.prepareStatement("SELECT summit_bulk_end(?, ?)")) {
                s.setLong(1, entryId);
                s.setString(2, json);
                s.executeQuery().close();
            }
            return;
        }
        MARKED.remove(transaction(c));
        try (PreparedStatement s = c.prepareStatement("UPDATE audit_log SET after_row = ? WHERE id = ? AND change_kind = ?")) {
            s.setString(1, json);
            s.setLong(2, entryId);
            s.setString(3, KIND);
            if (s.executeUpdate() != 1) {
                throw new DataAccessException("The bulk audit entry " + entryId + " went missing");
            }
        }
    }

    /** Whether the H2 transaction of {@code connection} (a trigger's) runs a bulk write. */
    static boolean isBulk(Connection connection) throws SQLException {
        if (MARKED.isEmpty()) {
            return false;
        }
        Object t = transaction(connection);
        return t != null && MARKED.containsKey(t);
    }

    private static Object transaction(Connection connection) throws SQLException {
        if (connection.isWrapperFor(JdbcConnection.class)
                && connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session) {
            return session.getTransaction();
        }
        throw new SQLException("Not an embedded H2 connection: " + connection);
    }

    private static boolean postgres(DSLContext db) {
        return db.dialect().family() == SQLDialect.POSTGRES;
    }

    /**
     * Ids as ranges, "1-5000, 5002, 5010-5011": what the entry lists of the rows a bulk write inserted
     * ({@code sortedIds} ascending).
     */
    static String ranges(long[] sortedIds) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < sortedIds.length; ) {
            int j = i;
            while (j + 1 < sortedIds.length && sortedIds[j + 1] == sortedIds[j] + 1) {
                j++;
            }
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(sortedIds[i]);
            if (j > i) {
                out.append('-').append(sortedIds[j]);
            }
            i = j + 1;
        }
        return out.toString();
    }

    /** The ids of {@code table}'s rows where {@code column} is {@code value}, as {@link #ranges}. */
    static String idRanges(DSLContext db, String table, String column, long value) {
        // most bulk writes get consecutive ids: then one range, without reading every id
        var span = db.resultQuery("SELECT MIN(id), MAX(id), COUNT(*) FROM " + table + " WHERE " + column + " = ?", value)
                .fetchSingle();
        long count = ((Number) span.get(2)).longValue();
        if (count == 0) {
            return "";
        }
        long min = ((Number) span.get(0)).longValue();
        long max = ((Number) span.get(1)).longValue();
        if (max - min + 1 == count) {
            return min == max ? String.valueOf(min) : min + "-" + max;
        }
        long[] ids = db.resultQuery("SELECT id FROM " + table + " WHERE " + column + " = ? ORDER BY id", value)
                .fetch().stream().mapToLong(r -> ((Number) r.get(0)).longValue()).toArray();
        return ranges(ids);
    }

    /** As {@link #idRanges(DSLContext, String, String, long)}, in plain JDBC. */
    static String idRanges(Connection c, String table, String column, long value) throws SQLException {
        long count;
        long min;
        long max;
        try (PreparedStatement s = c.prepareStatement("SELECT MIN(id), MAX(id), COUNT(*) FROM " + table + " WHERE "
                + column + " = ?")) {
            s.setLong(1, value);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                min = r.getLong(1);
                max = r.getLong(2);
                count = r.getLong(3);
            }
        }
        if (count == 0) {
            return "";
        }
        if (max - min + 1 == count) {
            return min == max ? String.valueOf(min) : min + "-" + max;
        }
        List<Long> ids = new java.util.ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM " + table + " WHERE " + column + " = ? ORDER BY id")) {
            s.setLong(1, value);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return ranges(ids.stream().mapToLong(Long::longValue).toArray());
    }

    static String json(Map<String, Object> fields) {
        StringBuilder out = new StringBuilder("{");
        for (Map.Entry<String, Object> f : fields.entrySet()) {
            if (out.length() > 1) {
                out.append(", ");
            }
            AuditTrigger.quote(out, f.getKey());
            out.append(": ");
            Object value = f.getValue();
            if (value == null) {
                out.append("null");
            } else if (value instanceof Number || value instanceof Boolean) {
                out.append(value);
            } else if (value instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> nested = (Map<String, Object>) map;
                out.append(json(nested));
            } else {
                AuditTrigger.quote(out, value.toString());
            }
        }
        return out.append('}').toString();
    }
}
