package org.summitplanner.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On H2, identity values are handed out in blocks of 1000 instead of 32 (decision 0036-crash-probe). A
 * database file is written with WRITE_DELAY=0 (no background writer, so that no store ever holds half of
 * an uncommitted import): H2 then stores the file at every commit, and it commits its own bookkeeping
 * each time a block of identity values is used up, so with blocks of 32 a 100,000-row import stored the
 * file about 3,000 times (1.8 times the import's CPU). Ids stay unique; a crash may leave a gap.
 *
 * <p>Nothing on PostgreSQL: there a block is per session, so every login would leave a gap of up to 1000
 * ids, and nothing there needs it. Registered in {@link Database#flyway}; SchemaState knows it by its
 * fixed checksum.
 */
public final class V20__IdentityCache extends BaseJavaMigration {

    /** Flyway records this as the migration's checksum; change it when the statements change. */
    static final int CHECKSUM = 2_000_001;
    static final String SCRIPT = V20__IdentityCache.class.getName();

    private static final List<String> TABLES = List.of("acknowledgement", "agenda_item", "attendee",
            "attendee_import", "audit_log", "badge_category", "bilateral_request", "participation", "room",
            "seating_plan", "summit");

    @Override
    public Integer getChecksum() {
        return CHECKSUM;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        if (V12_1__AuditTriggers.onPostgresql(c)) {
            return;
        }
        try (Statement s = c.createStatement()) {
            for (String table : TABLES) {
                s.execute("ALTER TABLE " + table + " ALTER COLUMN id SET CACHE 1000");
            }
        }
    }
}
