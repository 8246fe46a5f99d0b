package org.summitplanner.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On H2, attendee ids are handed out in blocks of 100,000 instead of V20's 1,000 (decision 0040-perf-import3).
 * With WRITE_DELAY=0 (decision 0036) each used-up block commits H2's own bookkeeping, and that commit stores
 * the whole file in the writing thread, the open import's pages with it: 100 stores for a 100,000-row import
 * with blocks of 1,000, one with blocks of 100,000. A clean close writes the exact next id back; a crash may
 * leave a gap of up to one block, as a rolled-back import already does with the ids it took.
 *
 * <p>Nothing on PostgreSQL (as V20). Registered in {@link Database#flyway}; SchemaState knows it by its fixed
 * checksum.
 */
public final class V21__AttendeeIdentityBlocks extends BaseJavaMigration {

    /** Flyway records this as the migration's checksum; change it when the statement changes. */
    static final int CHECKSUM = 2_100_001;
    static final String SCRIPT = V21__AttendeeIdentityBlocks.class.getName();
    /** Ids per block of attendee's identity on H2. */
    static final int BLOCK = 100_000;

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
            s.execute("ALTER TABLE attendee ALTER COLUMN id SET CACHE " + BLOCK);
        }
    }
}
