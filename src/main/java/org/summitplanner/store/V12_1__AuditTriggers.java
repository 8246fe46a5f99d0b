package org.summitplanner.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The audit triggers of V12's audit_log, one per audited table, on whichever database this is:
 * H2 calls {@link AuditTrigger} (Java); PostgreSQL runs a PL/pgSQL function that also tells the other
 * clients (NOTIFY) which summit changed. A Java migration because the two trigger syntaxes share
 * nothing; the table itself is plain portable SQL (V12__audit_log.sql). Registered in
 * {@link Database#flyway}; SchemaState knows it by its fixed checksum.
 *
 * <p>The join tables of agenda participants are not audited row by row: a change of participants also
 * changes its agenda item's row (its version), which is.
 */
public final class V12_1__AuditTriggers extends BaseJavaMigration {

    /** Flyway records this as the migration's checksum; change it when the triggers change. */
    static final int CHECKSUM = 1_201_001;
    static final String SCRIPT = V12_1__AuditTriggers.class.getName();
    static final List<String> AUDITED = List.of("summit", "participation", "room", "attendee", "agenda_item",
            "acknowledgement", "attendee_import", "precedence", "precedence_place", "badge_category",
            "badge_role_default", "badge_quota", "attendee_badge", "seating_plan", "seating_seat", "bilateral_request");
    /** The channel of LISTEN/NOTIFY on PostgreSQL; the payload is the changed summit's id. */
    public static final String CHANNEL = "summit_planner_changes";

    @Override
    public Integer getChecksum() {
        return CHECKSUM;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        boolean postgres = onPostgresql(c);
        try (Statement s = c.createStatement()) {
            if (postgres) {
                s.execute("""
                        CREATE OR REPLACE FUNCTION summit_audit() RETURNS trigger
                        LANGUAGE plpgsql SECURITY DEFINER AS $$
                        DECLARE
                            old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
                            new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
                            one_row jsonb := coalesce(new_row, old_row);
                            summit bigint := CASE WHEN TG_TABLE_NAME = 'summit' THEN (one_row->>'id')::bigint
                                                  ELSE (one_row->>'summit_id')::bigint END;
                        BEGIN
                            INSERT INTO audit_log (changed_at, changed_by, table_name, row_id, summit_id, change_kind,
                                                   before_row, after_row)
                            VALUES (now(), session_user, TG_TABLE_NAME, (one_row->>'id')::bigint, summit, TG_OP,
                                    old_row::text, new_row::text);
                            PERFORM pg_notify('%s', coalesce(summit::text, ''));
                            RETURN NULL;
                        END
                        $$""".formatted(CHANNEL));
                // the function runs as its owner (it writes audit_log, which no role may write): pin its search path
                s.execute("ALTER FUNCTION summit_audit() SET search_path FROM CURRENT");
                s.execute("REVOKE ALL ON FUNCTION summit_audit() FROM PUBLIC");
                for (String table : AUDITED) {
                    s.execute("CREATE TRIGGER " + table + "_audit AFTER INSERT OR UPDATE OR DELETE ON " + table
                            + " FOR EACH ROW EXECUTE FUNCTION summit_audit()");
                }
            } else {
                for (String table : AUDITED) {
                    s.execute("CREATE TRIGGER " + table + "_audit AFTER INSERT, UPDATE, DELETE ON " + table
                            + " FOR EACH ROW CALL '" + AuditTrigger.class.getName() + "'");
                }
            }
        }
    }

    /** Whether a migration runs on PostgreSQL (else on H2): the Java migrations do what the two differ in. */
    static boolean onPostgresql(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
    }
}
