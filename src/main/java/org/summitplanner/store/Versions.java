package org.summitplanner.store;

import org.summitplanner.errors.StaleDataException;
import java.util.Locale;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableField;

/** Optimistic locking helpers shared by the stores. */
final class Versions {

    private Versions() {
    }

    /** After an UPDATE/DELETE "WHERE id = ? AND version = ?": no row means someone else got there first. */
    static <R extends org.jooq.Record> void requireUpdated(DSLContext tx, int rows, Table<R> table,
                                                           TableField<R, Long> id, long value) {
        if (rows == 0) {
            throw new StaleDataException(table.getName(), value, !tx.fetchExists(table, id.eq(value)));
        }
    }

    /** Whether a constraint violation is of the named constraint (H2 and PostgreSQL both name it). */
    static boolean violates(RuntimeException e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(constraint)) {
                return true;
            }
        }
        return false;
    }
}
