package org.summitplanner.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Predicate;
import org.summitplanner.importing.ImportCancelledException;
import org.summitplanner.importing.ImportException;
import org.summitplanner.importing.ImportReading;
import org.summitplanner.importing.NationMatcher;
import org.summitplanner.importing.Outcome;
import org.summitplanner.importing.PlanSummary;
import org.summitplanner.importing.PlannedRow;
import org.summitplanner.importing.TableFile;
import org.summitplanner.importing.Texts;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.AttendeeTraces;
import org.summitplanner.model.Summit;
import org.summitplanner.store.AttendeeImportStore;
import org.summitplanner.store.ParticipationStore;
import org.summitplanner.store.RosterStamp;
import org.summitplanner.errors.StaleDataException;
import org.summitplanner.store.SummitStore;

/**
 * Attendee-list import: read and plan a file, then commit exactly what the plan showed, in one
 * transaction, refused whole if the summit's attendees changed in between. Blocking: callers run
 * it off the FX thread.
 */
public final class ImportService {

    private final AttendeeImportStore store;
    private final SummitStore summits;
    private final ParticipationStore participations;
    private NationMatcher matcher;

    public ImportService(AttendeeImportStore store, SummitStore summits, ParticipationStore participations) {
        this.store = store;
        this.summits = summits;
        this.participations = participations;
    }

    /** A plan and what it was made over. */
    public record Preview(long summitId, TableFile file, String sheet, Map<String, String> choices,
                          PlanSummary summary, RosterStamp stamp, Texts texts) {
        public Preview {
            choices = Map.copyOf(choices);
        }

        /** Whether the commit may go ahead: no error row, or error rows to be skipped. */
        public boolean committable(boolean skipErrors) {
            return summary.writes() > 0 && (skipErrors || summary.total(Outcome.ERROR) == 0);
        }
    }

    /** What a commit wrote; the lists are filled for the window's undo, empty for the command line. */
    public record Result(long importId, int inserted, int updated, List<Attendee> insertedAttendees,
                         List<Attendee> updatedBefore, List<Attendee> updatedAfter) {
    }

    /** Nations by code, name (English, French) and alias; reference data, built once. */
    public synchronized NationMatcher nations() {
        if (matcher == null) {
            matcher = new NationMatcher(summits.nations(), participations.nationAliases());
        }
        return matcher;
    }

    public List<String> headers(TableFile file, String sheet) throws ImportException {
        return ImportReading.headers(file, sheet);
    }

    /**
     * Reads and plans the file, handing every planned row to {@code rows}.
     *
     * @throws ImportException when the file cannot be imported at all
     * @throws ImportCancelledException when cancelled
     */
    public Preview preview(long summitId, TableFile file, String sheet, Map<String, String> choices, Texts texts,
                           Consumer<PlannedRow> rows, DoubleConsumer progress, BooleanSupplier cancelled)
            throws ImportException {
        Summit summit = summits.summit(summitId).orElseThrow(() -> new IllegalArgumentException("No summit " + summitId));
        AttendeeImportStore.Basis basis = store.basis(summitId);
        PlanSummary summary = ImportReading.plan(file, sheet, choices, basis(summit, basis, texts), rows, progress,
                cancelled);
        return new Preview(summitId, file, sheet, choices, summary, basis.stamp(), texts);
    }

    /**
     * Commits the previewed rows the window kept: exactly the NEW and UPDATE ones.
     *
     * @throws StaleDataException if the summit's attendees changed since the preview (nothing written)
     * @throws CancellationException if cancelled (nothing written)
     */
    public Result commit(Preview preview, List<PlannedRow> rows, boolean skipErrors, DoubleConsumer progress,
                         BooleanSupplier cancelled) {
        return commit(preview, rows, skipErrors, true, progress, cancelled);
    }

    /** @param forUndo whether to read back what was written, for the window's undo */
    public Result commit(Preview preview, List<PlannedRow> rows, boolean skipErrors, boolean forUndo,
                         DoubleConsumer progress, BooleanSupplier cancelled) {
        requireCommittable(preview, skipErrors);
        List<Attendee> before = new ArrayList<>();
        List<PlannedRow> updates = new ArrayList<>();
        int total = Math.max(1, preview.summary().writes());
        AttendeeImportStore.Committed done = store.commit(preview.summitId(), fileName(preview), preview.stamp(), forUndo,
                writer -> {
                    int written = 0;
                    for (PlannedRow row : rows) {
                        if (row.outcome().writes()) {
                            writer.accept(row.attendee());
                            if (row.outcome() == Outcome.UPDATE) {
                                before.add(row.before());
                                updates.add(row);
                            }
                            if (++written % AttendeeImportStore.BATCH == 0) {
                                progress.accept((double) written / total);
                            }
                        }
                    }
                }, cancelled);
        List<Attendee> after = updates.stream().map(r -> r.attendee().withVersion(r.attendee().version() + 1)).toList();
        return new Result(done.importId(), done.insertedCount(), done.updatedCount(), done.inserted(), before, after);
    }

    /**
     * Commits by reading the file a second time (the command line keeps no rows, so that a very
     * large file fits a small heap); refused whole if the second reading plans differently.
     */
    public Result commitStreaming(Preview preview, boolean skipErrors, DoubleConsumer progress,
                                  BooleanSupplier cancelled) throws ImportException {
        requireCommittable(preview, skipErrors);
        Summit summit = summits.summit(preview.summitId()).orElseThrow(
                () -> new StaleDataException("summit", preview.summitId(), true));
        AttendeeImportStore.Basis basis = store.basis(preview.summitId());
        if (!basis.stamp().equals(preview.stamp())) {
            throw new StaleDataException("attendee", preview.summitId(), false);
        }
        ImportException[] failure = new ImportException[1];
        AttendeeImportStore.Committed done;
        try {
            done = store.commit(preview.summitId(), fileName(preview), preview.stamp(), false, writer -> {
                PlanSummary again;
                try {
                    again = ImportReading.plan(preview.file(), preview.sheet(), preview.choices(),
                            basis(summit, basis, preview.texts()),
                            row -> {
                                if (row.outcome().writes()) {
                                    writer.accept(row.attendee());
                                }
                            }, progress, cancelled);
                } catch (ImportException e) {
                    failure[0] = e;
                    throw new IllegalStateException(e);
                }
                if (again.digest() != preview.summary().digest() || !again.totals().equals(preview.summary().totals())) {
                    failure[0] = new ImportException(fileName(preview) + " changed since the preview ("
                            + again.describe() + " instead of " + preview.summary().describe()
                            + "). Nothing was imported.");
                    throw new IllegalStateException(failure[0]);
                }
            }, cancelled);
        } catch (RuntimeException e) {
            if (failure[0] != null) {
                throw failure[0];
            }
            throw e;
        }
        return new Result(done.importId(), done.insertedCount(), done.updatedCount(), List.of(), List.of(), List.of());
    }

    /** What {@link #importFile} did: the plan, and what was committed (null when nothing was). */
    public record Imported(Preview preview, Result result) {
    }

    /**
     * Reads, plans and commits in one reading of the file, for the command line: the file is read and
     * planned on {@code reader} (a thread the caller made and owns) while the caller's thread writes each
     * planned row that writes into the import's one transaction, so that on two cores the planning overlaps
     * H2's insert. The two meet through a short queue of batches; only the caller's thread touches the
     * database. {@code rows} is called on the reader's thread, in the file's order. When the whole file is
     * planned and every row sent, {@code go} sees the plan on the caller's thread (the command prints the
     * totals there) and the transaction is committed only if {@code go} says yes and the plan is
     * committable; otherwise it is rolled back and nothing is written. Writing stops at the first error row
     * unless {@code skipErrors}. The rows written are exactly those the plan shows as written (the same
     * reading); no planned row is kept beyond the queue.
     *
     * @throws ImportException when the file cannot be imported at all (nothing written)
     * @throws StaleDataException if the summit's attendees changed since they were read (nothing written)
     * @throws org.summitplanner.errors.DuplicateKeyException if a written row collides (nothing written)
     */
    public Imported importFile(long summitId, TableFile file, String sheet, Map<String, String> choices, Texts texts,
                               boolean skipErrors, Consumer<PlannedRow> rows, Predicate<Preview> go, Executor reader)
            throws ImportException {
        Summit summit = summits.summit(summitId).orElseThrow(() -> new IllegalArgumentException("No summit " + summitId));
        AttendeeImportStore.Basis basis = store.basis(summitId);
        ImportReading.Basis planning = basis(summit, basis, texts);
        Preview[] planned = new Preview[1];
        AttendeeImportStore.Committed done;
        try {
            // the transaction ends only when the whole plan is known
            done = store.commit(summitId, String.valueOf(file.path().getFileName()), basis.stamp(), false, sink -> {
                PlanSummary summary;
                try {
                    summary = Handoff.run(reader, sent -> {
                        boolean[] stopped = {false};
                        return ImportReading.plan(file, sheet, choices, planning, row -> {
                            rows.accept(row);
                            if (row.outcome() == Outcome.ERROR && !skipErrors) {
                                stopped[0] = true;
                            } else if (!stopped[0] && row.outcome().writes()) {
                                sent.accept(row.attendee());
                            }
                        }, fraction -> { }, sent::abandoned);
                    }, sink);
                } catch (ImportException e) {
                    throw new Unreadable(e);
                }
                planned[0] = new Preview(summitId, file, sheet, choices, summary, basis.stamp(), texts);
                if (!go.test(planned[0]) || !planned[0].committable(skipErrors)) {
                    throw new NotCommitted();
                }
            }, () -> false);
        } catch (NotCommitted e) {
            return new Imported(planned[0], null);
        } catch (Unreadable e) {
            throw e.cause;
        }
        return new Imported(planned[0], new Result(done.importId(), done.insertedCount(), done.updatedCount(),
                List.of(), List.of(), List.of()));
    }

    /** Rolls back the transaction of {@link #importFile}: the plan is not to be committed. */
    private static final class NotCommitted extends RuntimeException {
        NotCommitted() {
            super("not committed", null, false, false);
        }
    }

    /** Carries the file's refusal out of the transaction of {@link #importFile}, which rolls back. */
    private static final class Unreadable extends RuntimeException {
        private final ImportException cause;

        Unreadable(ImportException cause) {
            super(cause.getMessage(), cause, false, false);
            this.cause = cause;
        }
    }

    /** An undone commit: the updated attendees as stored now, and the badges and seats its added attendees had. */
    public record Undone(List<Attendee> updatedNow, AttendeeTraces traces) {
    }

    /**
     * Undo of a commit that keeps what the added attendees got since (their own badges, their seats), so
     * that {@link #redo(long, Result, List, AttendeeTraces)} gives it back.
     */
    public Undone undoKeeping(long summitId, Result result, List<Attendee> updatedNow) {
        AttendeeImportStore.Swapped done = store.swap(summitId, result.insertedAttendees(), List.of(),
                AttendeeTraces.NONE, null, updatedNow, result.updatedBefore());
        return new Undone(done.written(), done.removedTraces());
    }

    /** Redo of an undone commit, giving the added attendees back their badges and seats. */
    public List<Attendee> redo(long summitId, Result result, List<Attendee> updatedNow, AttendeeTraces traces) {
        return store.swap(summitId, List.of(), result.insertedAttendees(), traces, result.importId(), updatedNow,
                result.updatedAfter()).written();
    }

    /** Undo of a commit: removes the added attendees and puts the updated ones back, or refuses. */
    public List<Attendee> undo(long summitId, Result result, List<Attendee> updatedNow) {
        return store.swap(summitId, result.insertedAttendees(), List.of(), null, updatedNow, result.updatedBefore());
    }

    /** Redo of an undone commit: adds the attendees again under their ids and updates the others again. */
    public List<Attendee> redo(long summitId, Result result, List<Attendee> updatedNow) {
        return store.swap(summitId, List.of(), result.insertedAttendees(), result.importId(), updatedNow,
                result.updatedAfter());
    }

    private static void requireCommittable(Preview preview, boolean skipErrors) {
        int errors = preview.summary().total(Outcome.ERROR);
        if (errors > 0 && !skipErrors) {
            throw new IllegalStateException(errors + " rows have errors; nothing is written unless they are skipped");
        }
    }

    private static String fileName(Preview preview) {
        return String.valueOf(preview.file().path().getFileName());
    }

    private ImportReading.Basis basis(Summit summit, AttendeeImportStore.Basis basis, Texts texts) {
        return new ImportReading.Basis(nations(), summit.timeZone(), basis.attendees(), basis.statuses(), texts);
    }
}
