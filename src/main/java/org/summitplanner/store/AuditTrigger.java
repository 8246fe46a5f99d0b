package org.summitplanner.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.h2.api.Trigger;

/**
 * H2's audit trigger: writes one audit_log row per changed row, on the connection (so in the
 * transaction) of the change. The row values are kept as a JSON object of column to value, as
 * PostgreSQL's to_jsonb gives them. On a file database the user is the one logged in to the computer.
 * Rows inserted by a bulk write (an import, a loaded file, the demo) are not written here: see {@link BulkAudit}.
 */
public final class AuditTrigger implements Trigger {

    private static final String INSERT = "INSERT INTO audit_log (changed_at, changed_by, table_name, row_id, summit_id, "
            + "change_kind, before_row, after_row) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    /** V12.1 names each audit trigger after its table: "room_audit". */
    static final String SUFFIX = "_audit";

    private String table;
    private String[] columns;
    private int idColumn = -1;
    private int summitColumn = -1;
    private int kind;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) throws SQLException {
        this.table = auditedTable(triggerName, tableName);
        this.kind = type;
        List<String> names = new ArrayList<>();
        try (ResultSet r = conn.getMetaData().getColumns(null, schemaName, tableName, null)) {
            while (r.next()) {
                names.add(r.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
            }
        }
        columns = names.toArray(String[]::new);
        idColumn = names.indexOf("id");
        summitColumn = table.equals("summit") ? idColumn : names.indexOf("summit_id");
    }

    /**
     * The table whose changes a trigger records. Normally the one it is on; but when H2 rebuilds a table
     * (ALTER TABLE ... ADD COLUMN, as V22 does) it makes the trigger anew on the copy it builds, named after
     * the copy ("room_COPY_3_0_room_audit" on "room_COPY_3_0"), and that trigger goes on firing, with the
     * copy's name, after the copy is renamed "room" (until the database is next opened): the audit log
     * would name a table that does not exist. The trigger's own name (V12.1: "room_audit") says which.
     */
    static String auditedTable(String triggerName, String tableName) {
        String trigger = triggerName.toLowerCase(java.util.Locale.ROOT);
        String table = tableName.toLowerCase(java.util.Locale.ROOT);
        if (trigger.endsWith(SUFFIX) && trigger.startsWith(table + "_") && !trigger.equals(table + SUFFIX)) {
            return trigger.substring(table.length() + 1, trigger.length() - SUFFIX.length());
        }
        return table;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow == null && BulkAudit.isBulk(conn)) {
            return; // an inserted row of a bulk write: its one BULK entry lists it (BulkAudit)
        }
        Object[] row = newRow != null ? newRow : oldRow;
        String change = oldRow == null ? "INSERT" : newRow == null ? "DELETE" : "UPDATE";
        try (PreparedStatement s = conn.prepareStatement(INSERT)) {
            s.setObject(1, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
            s.setString(2, System.getProperty("user.name", "unknown"));
            s.setString(3, table);
            s.setObject(4, idColumn < 0 ? null : row[idColumn]);
            s.setObject(5, summitColumn < 0 ? null : row[summitColumn]);
            s.setString(6, change);
            s.setString(7, oldRow == null ? null : json(oldRow));
            s.setString(8, newRow == null ? null : json(newRow));
            s.executeUpdate();
        }
    }

    private String json(Object[] row) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < columns.length && i < row.length; i++) {
            if (i > 0) {
                out.append(", ");
            }
            quote(out, columns[i]);
            out.append(": ");
            Object value = row[i];
            if (value == null) {
                out.append("null");
            } else if (value instanceof Number || value instanceof Boolean) {
                out.append(value);
            } else {
                quote(out, value.toString());
            }
        }
        return out.append('}').toString();
    }

    static void quote(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        out.append('"');
    }

    @Override
    public void close() {
    }

    @Override
    public void remove() {
    }
}
