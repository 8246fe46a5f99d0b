package org.summitplanner.store;

import org.summitplanner.errors.StaleDataException;
import static org.summitplanner.store.jooq.Tables.SUMMIT;

import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Each summit's calendar id: a random UUID made the first time it is asked for and stored with the
 * summit, so calendar UIDs stay the same on every export from this database and never meet those
 * of another database (where the same item ids repeat).
 */
public final class CalendarIdStore {

    private final DSLContext dsl;

    public CalendarIdStore(Database database) {
        this.dsl = database.dsl();
    }

    /** The summit's calendar id, made and stored now if it has none; does not change the summit's version. */
    public String calendarId(long summitId) {
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            String id = db.select(SUMMIT.CALENDAR_UID).from(SUMMIT).where(SUMMIT.ID.eq(summitId)).fetchOptional()
                    .orElseThrow(() -> new StaleDataException("summit", summitId, true)).value1();
            if (id != null) {
                return id;
            }
            // two exports at once: whichever writes first wins, and both read back the same id
            db.update(SUMMIT).set(SUMMIT.CALENDAR_UID, UUID.randomUUID().toString())
                    .where(SUMMIT.ID.eq(summitId).and(SUMMIT.CALENDAR_UID.isNull())).execute();
            return db.select(SUMMIT.CALENDAR_UID).from(SUMMIT).where(SUMMIT.ID.eq(summitId)).fetchSingle().value1();
        });
    }
}
