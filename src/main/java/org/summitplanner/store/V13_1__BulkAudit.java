package org.summitplanner.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * PostgreSQL's side of bulk audit entries (V13__bulk_writes.sql, {@link BulkAudit}): the audit trigger
 * function skips an inserted row while its transaction runs a bulk write, and two functions that run
 * as their owner (no role may write audit_log or audit_bulk) begin and end a bulk write. On H2 there
 * is nothing to do: the Java trigger ({@link AuditTrigger}) asks {@link BulkAudit} directly. Registered in
 * {@link Database#flyway}; SchemaState knows it by its fixed checksum.
 *
 * <p>A bulk write is marked twice: {@code summit.bulk} (a setting local to the transaction) holds the
 * transaction's id, so that the trigger's usual path costs one comparison, and audit_bulk holds it too,
 * so that a login cannot silence the trigger by setting {@code summit.bulk} itself: only
 * {@code summit_bulk_begin} writes audit_bulk, and it writes the BULK entry that names the login first.
 */
public final class V13_1__BulkAudit extends BaseJavaMigration {

    /** Flyway records this as the migration's checksum; change it when the functions change. */
    static final int CHECKSUM = 1_301_001;
    static final String SCRIPT = V13_1__BulkAudit.class.getName();

    @Override
    public Integer getChecksum() {
        return CHECKSUM;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        if (!V12_1__AuditTriggers.onPostgresql(c)) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("""
                    CREATE OR REPLACE FUNCTION summit_audit() RETURNS trigger
                    LANGUAGE plpgsql SECURITY DEFINER AS $$
                    DECLARE
                        old_row jsonb;
                        new_row jsonb;
                        one_row jsonb;
                        summit bigint;
                    BEGIN
                        IF TG_OP = 'INSERT' AND current_setting('summit.bulk', true) = txid_current()::text
                                AND EXISTS (SELECT 1 FROM audit_bulk WHERE txid = txid_current()) THEN
                            RETURN NULL;
                        END IF;
                        old_row := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
                        new_row := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
                        one_row := coalesce(new_row, old_row);
                        summit := CASE WHEN TG_TABLE_NAME = 'summit' THEN (one_row->>'id')::bigint
                                       ELSE (one_row->>'summit_id')::bigint END;
                        INSERT INTO audit_log (changed_at, changed_by, table_name, row_id, summit_id, change_kind,
                                               before_row, after_row)
                        VALUES (now(), session_user, TG_TABLE_NAME, (one_row->>'id')::bigint, summit, TG_OP,
                                old_row::text, new_row::text);
                        PERFORM pg_notify('%1$s', coalesce(summit::text, ''));
                        RETURN NULL;
                    END
                    $$""".formatted(V12_1__AuditTriggers.CHANNEL));
            s.execute("""
                    CREATE OR REPLACE FUNCTION summit_bulk_begin(tbl text, row_key bigint, summit bigint, details text)
                    RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER AS $$
                    DECLARE
                        entry bigint;
                    BEGIN
                        INSERT INTO audit_log (changed_at, changed_by, table_name, row_id, summit_id, change_kind,
                                               before_row, after_row)
                        VALUES (now(), session_user, tbl, row_key, summit, 'BULK', NULL, details)
                        RETURNING id INTO entry;
                        INSERT INTO audit_bulk (txid, entry_id) VALUES (txid_current(), entry)
                            ON CONFLICT (txid) DO UPDATE SET entry_id = EXCLUDED.entry_id;
                        PERFORM set_config('summit.bulk', txid_current()::text, true);
                        PERFORM pg_notify('%1$s', coalesce(summit::text, ''));
                        RETURN entry;
                    END
                    $$""".formatted(V12_1__AuditTriggers.CHANNEL));
            s.execute("""
                    CREATE OR REPLACE FUNCTION summit_bulk_end(entry bigint, details text)
                    RETURNS void LANGUAGE plpgsql SECURITY DEFINER AS $$
                    BEGIN
                        UPDATE audit_log SET after_row = details WHERE id = entry AND change_kind = 'BULK'
                            AND EXISTS (SELECT 1 FROM audit_bulk WHERE txid = txid_current() AND entry_id = entry);
                        IF NOT FOUND THEN
                            RAISE EXCEPTION 'no bulk write % in this transaction', entry;
                        END IF;
                        DELETE FROM audit_bulk WHERE txid = txid_current();
                        PERFORM set_config('summit.bulk', '', true);
                    END
                    $$""");
            for (String f : new String[] {"summit_audit()", "summit_bulk_begin(text, bigint, bigint, text)",
                    "summit_bulk_end(bigint, text)"}) {
                s.execute("ALTER FUNCTION " + f + " SET search_path FROM CURRENT");
            }
            s.execute("REVOKE ALL ON FUNCTION summit_audit() FROM PUBLIC");
        }
    }
}
