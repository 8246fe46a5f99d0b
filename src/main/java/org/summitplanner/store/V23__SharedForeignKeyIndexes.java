package org.summitplanner.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On H2, four foreign keys stop keeping an index of their own beside an index with exactly their columns
 * (decision 0044). H2 makes an index for a foreign key when it is created unless the table already has one
 * with exactly its columns; V1, V10 and V11 declare the key in CREATE TABLE and the index after it, so H2
 * kept two identical indexes: {@code agenda_attendee (attendee_id)} (about 27,000 of the UN week's 33,000
 * rows, each written into both), {@code bilateral_request (summit_id)} and {@code (agenda_item_id)}, and
 * {@code seating_plan (agenda_item_id)} beside its unique constraint. Dropping a key drops the index H2 made
 * for it; adding the key again makes it use the existing index. The explicit indexes keep their names, so
 * the schema's index names are the same on H2 and PostgreSQL. Re-runnable: a run cut between a drop and
 * its add (DDL commits at once on H2) is completed by the next open.
 *
 * <p>Nothing on PostgreSQL: a foreign key makes no index there, and the explicit indexes are the only ones.
 * Registered in {@link Database#flyway}; SchemaState knows it by its fixed checksum.
 */
public final class V23__SharedForeignKeyIndexes extends BaseJavaMigration {

    /** Flyway records this as the migration's checksum; change it when the statements change. */
    static final int CHECKSUM = 2_300_001;
    static final String SCRIPT = V23__SharedForeignKeyIndexes.class.getName();

    /** Table, constraint, and the key as V1/V10/V11 declare it (same columns, target and delete rule). */
    private record Key(String table, String name, String definition) { }

    private static final List<Key> KEYS = List.of(
            new Key("agenda_attendee", "agenda_attendee_attendee_fk",
                    "FOREIGN KEY (attendee_id) REFERENCES attendee (id) ON DELETE CASCADE"),
            new Key("bilateral_request", "bilateral_summit_fk",
                    "FOREIGN KEY (summit_id) REFERENCES summit (id) ON DELETE CASCADE"),
            new Key("bilateral_request", "bilateral_item_fk",
                    "FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id) ON DELETE SET NULL"),
            new Key("seating_plan", "seating_plan_item_fk",
                    "FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id) ON DELETE CASCADE"));

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
            for (Key key : KEYS) {
                s.execute("ALTER TABLE " + key.table() + " DROP CONSTRAINT IF EXISTS " + key.name());
                s.execute("ALTER TABLE " + key.table() + " ADD CONSTRAINT " + key.name() + " " + key.definition());
            }
        }
    }
}
