package org.summitplanner.store;

import org.summitplanner.errors.StaleDataException;
import org.summitplanner.errors.DuplicateKeyException;
import static org.summitplanner.store.jooq.Tables.AGENDA_ATTENDEE;
import static org.summitplanner.store.jooq.Tables.ATTENDEE;
import static org.summitplanner.store.jooq.Tables.ATTENDEE_IMPORT;
import static org.summitplanner.store.jooq.Tables.PARTICIPATION;
import static org.summitplanner.store.jooq.Tables.SUMMIT;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.AttendeeTraces;
import org.summitplanner.model.ParticipationStatus;

/**
 * Writes an attendee-list import: many attendees in one transaction, in JDBC batches of 1,000
 * ({@link AttendeeBatches}).
 * The import is refused whole when the summit's attendees changed since the plan was made, when
 * a row it updates moved on, or when it is cancelled; then nothing is written.
 */
public final class AttendeeImportStore {

    /** Rows per batch; cancelling is checked between batches, never inside a JDBC call. */
    public static final int BATCH = 1_000;

    private final DSLContext dsl;

    public AttendeeImportStore(Database database) {
        this.dsl = database.dsl();
    }

    /** What a plan is made over, read together so that they agree. */
    public record Basis(List<Attendee> attendees, Map<String, ParticipationStatus> statuses, RosterStamp stamp) {
    }

    /** What a commit wrote. {@code inserted} is empty unless asked for. */
    public record Committed(long importId, int insertedCount, int updatedCount, List<Attendee> inserted) {
    }

    /** Receives the attendees to write: id 0 is added, any other id is updated if its version is still stored. */
    public interface Writes {
        void writeAll(Consumer<Attendee> writer) throws Exception;
    }

    public Basis basis(long summitId) {
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            List<Attendee> attendees = db.selectFrom(ATTENDEE).where(ATTENDEE.SUMMIT_ID.eq(summitId))
                    .orderBy(ATTENDEE.ID).fetch(Rows::attendee);
            Map<String, ParticipationStatus> statuses = new HashMap<>();
            db.select(PARTICIPATION.NATION_CODE, PARTICIPATION.STATUS).from(PARTICIPATION)
                    .where(PARTICIPATION.SUMMIT_ID.eq(summitId))
                    .forEach(r -> statuses.put(r.value1(), ParticipationStatus.valueOf(r.value2())));
            return new Basis(attendees, statuses, stamp(db, summitId));
        });
    }

    public RosterStamp stamp(long summitId) {
        return stamp(dsl, summitId);
    }

    private static RosterStamp stamp(DSLContext db, long summitId) {
        var r = db.select(DSL.count(), DSL.sum(ATTENDEE.ID), DSL.sum(ATTENDEE.VERSION)).from(ATTENDEE)
                .where(ATTENDEE.SUMMIT_ID.eq(summitId)).fetchSingle();
        return new RosterStamp(r.value1(), r.value2() == null ? 0 : r.value2().longValue(),
                r.value3() == null ? 0 : r.value3().longValue());
    }

    /**
     * Writes an import in one transaction.
     *
     * @param expected the stamp the plan was made over
     * @param readBack whether to return the inserted attendees with their ids (for undo)
     * @throws StaleDataException if the attendees changed since the plan, or a row to update moved on
     * @throws CancellationException if {@code cancelled} turned true; nothing is written
     * @throws DuplicateKeyException if an email or head mark collides after all
     */
    public Committed commit(long summitId, String fileName, RosterStamp expected, boolean readBack,
                            Writes writes, BooleanSupplier cancelled) {
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            // one import at a time per summit: the summit row is the lock
            db.select(SUMMIT.ID).from(SUMMIT).where(SUMMIT.ID.eq(summitId)).forUpdate().fetchOptional()
                    .orElseThrow(() -> new StaleDataException(SUMMIT.getName(), summitId, true));
            if (!stamp(db, summitId).equals(expected)) {
                throw new StaleDataException(ATTENDEE.getName(), summitId, false);
            }
            long importId = db.insertInto(ATTENDEE_IMPORT)
                    .set(ATTENDEE_IMPORT.SUMMIT_ID, summitId)
                    .set(ATTENDEE_IMPORT.FILE_NAME, fileName.length() > 500 ? fileName.substring(0, 500) : fileName)
                    .set(ATTENDEE_IMPORT.IMPORTED_AT, Rows.toDb(Instant.now()))
                    .returningResult(ATTENDEE_IMPORT.ID).fetchSingle().value1();
            // one audit entry for the rows this import adds; the rows it updates are still audited one by one
            Map<String, Object> details = BulkAudit.details("import");
            details.put("import", importId);
            details.put("file", fileName);
            long entry = BulkAudit.begin(db, ATTENDEE_IMPORT.getName(), importId, summitId, details);
            AttendeeBatches batches = new AttendeeBatches(db.connectionResult(c -> c), summitId, importId, cancelled);
            try (batches) {
                writes.writeAll(batches::add);
                batches.flush();
            }
            details.put("added", batches.inserted);
            details.put("updated", batches.updated);
            details.put("attendee", BulkAudit.idRanges(db, ATTENDEE.getName(), ATTENDEE.IMPORT_ID.getName(), importId));
            BulkAudit.end(db, entry, details);
            db.update(ATTENDEE_IMPORT).set(ATTENDEE_IMPORT.INSERTED, batches.inserted)
                    .set(ATTENDEE_IMPORT.UPDATED, batches.updated).where(ATTENDEE_IMPORT.ID.eq(importId)).execute();
            List<Attendee> inserted = readBack ? db.selectFrom(ATTENDEE).where(ATTENDEE.IMPORT_ID.eq(importId))
                    .orderBy(ATTENDEE.ID).fetch(Rows::attendee) : List.of();
            return new Committed(importId, batches.inserted, batches.updated, inserted);
        });
    }

    /**
     * Undo or redo of an import, in one transaction: deletes {@code remove} (each must still be
     * stored with its version and named in no agenda item), puts {@code restore} back under their
     * ids, and writes {@code targets} over {@code current} (same order; each must still be stored as
     * in {@code current}).
     *
     * @return the written targets as stored now (new versions)
     * @throws StaleDataException if anything moved on; nothing is written
     */
    public List<Attendee> swap(long summitId, List<Attendee> remove, List<Attendee> restore, Long importId,
                               List<Attendee> current, List<Attendee> targets) {
        return swap(summitId, remove, restore, AttendeeTraces.NONE, importId, current, targets).written();
    }

    /** What {@link #swap} wrote, and the badges and seats of the attendees it removed (for the redo). */
    public record Swapped(List<Attendee> written, AttendeeTraces removedTraces) {
        public Swapped {
            written = List.copyOf(written);
        }
    }

    /**
     * As {@link #swap(long, List, List, Long, List, List)}; also keeps the own badges and seats of the
     * removed attendees and gives {@code restoreTraces} back to the restored ones, in the same transaction.
     */
    public Swapped swap(long summitId, List<Attendee> remove, List<Attendee> restore, AttendeeTraces restoreTraces,
                        Long importId, List<Attendee> current, List<Attendee> targets) {
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            AttendeeTraces removed = AttendeeLinks.release(db, remove.stream().map(Attendee::id).toList());
            for (int from = 0; from < remove.size(); from += BATCH) {
                List<Attendee> part = remove.subList(from, Math.min(remove.size(), from + BATCH));
                List<Long> ids = part.stream().map(Attendee::id).toList();
                var named = db.select(AGENDA_ATTENDEE.ATTENDEE_ID).from(AGENDA_ATTENDEE)
                        .where(AGENDA_ATTENDEE.ATTENDEE_ID.in(ids)).limit(1).fetchOne();
                if (named != null) {
                    throw new StaleDataException(ATTENDEE.getName(), named.value1(), false);
                }
                var delete = db.batch(db.deleteFrom(ATTENDEE)
                        .where(ATTENDEE.ID.eq((Long) null).and(ATTENDEE.VERSION.eq((Integer) null))));
                part.forEach(a -> delete.bind(a.id(), a.version()));
                requireAll(db, delete.execute(), part);
            }
            try (AttendeeBatches batches = new AttendeeBatches(db.connectionResult(c -> c), summitId, importId,
                    () -> false)) {
                restore.forEach(batches::restore);
                for (int i = 0; i < targets.size(); i++) {
                    batches.add(targets.get(i).withVersion(current.get(i).version()));
                }
                batches.flush();
            }
            AttendeeLinks.restore(db, restoreTraces);
            List<Attendee> written = new ArrayList<>();
            for (Attendee t : targets) {
                written.add(db.selectFrom(ATTENDEE).where(ATTENDEE.ID.eq(t.id())).fetchSingle(Rows::attendee));
            }
            return new Swapped(written, removed);
        });
    }

    private static void requireAll(DSLContext db, int[] counts, List<Attendee> rows) {
        for (int i = 0; i < counts.length; i++) {
            // a driver may answer SUCCESS_NO_INFO (-2); H2 and PostgreSQL give the count
            if (counts[i] == 0) {
                Attendee a = rows.get(i);
                throw new StaleDataException(ATTENDEE.getName(), a.id(), !db.fetchExists(ATTENDEE, ATTENDEE.ID.eq(a.id())));
            }
        }
    }

}
