package org.summitplanner.importing;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.ParticipationStatus;

/**
 * Reads a file and plans it row by row, handing every planned row to a consumer as it comes: the
 * window keeps them for its preview, the command line writes them to its report and forgets them.
 */
public final class ImportReading {

    /** What the plan is made over: the summit's time zone, its attendees and participations. */
    public record Basis(NationMatcher nations, ZoneId zone, List<Attendee> attendees,
                        Map<String, ParticipationStatus> statuses, Texts texts) {
    }

    private ImportReading() {
    }

    /** The header row only (for choosing the mapping before planning). */
    public static List<String> headers(TableFile file, String sheet) throws ImportException {
        List<String>[] found = new List[1];
        try {
            file.read(sheet, new RowSink() {
                @Override
                public void header(List<String> headers) {
                    found[0] = headers;
                    throw new Stop();
                }

                @Override
                public void row(RawRow row) {
                    throw new Stop();
                }
            });
        } catch (Stop stop) {
            return found[0];
        }
        throw ImportException.of("file.noHeader", String.valueOf(file.path().getFileName()));
    }

    /**
     * Plans every row of the file.
     *
     * @param choices hand mapping, header to field key or "ignore"
     * @throws ImportException when the file cannot be read, the mapping is unusable, or there is no row
     * @throws ImportCancelledException when {@code cancelled} turns true
     */
    public static PlanSummary plan(TableFile file, String sheet, Map<String, String> choices, Basis basis,
                                   Consumer<PlannedRow> out, DoubleConsumer progress, BooleanSupplier cancelled)
            throws ImportException {
        String name = String.valueOf(file.path().getFileName());
        Planning planning = new Planning(name, choices, basis, out, progress, cancelled);
        file.read(sheet, planning);
        if (planning.planner == null) {
            throw ImportException.of("file.noHeader", name);
        }
        if (planning.rows == 0) {
            throw ImportException.of("file.headerOnly", name);
        }
        return new PlanSummary(planning.mapping, planning.planner.totals(), planning.digest);
    }

    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    private static final class Planning implements RowSink {
        private final String name;
        private final Map<String, String> choices;
        private final Basis basis;
        private final Consumer<PlannedRow> out;
        private final DoubleConsumer progress;
        private final BooleanSupplier cancelled;
        ColumnMapping mapping;
        ImportPlanner planner;
        int rows;
        long digest = 17;

        Planning(String name, Map<String, String> choices, Basis basis, Consumer<PlannedRow> out,
                 DoubleConsumer progress, BooleanSupplier cancelled) {
            this.name = name;
            this.choices = choices;
            this.basis = basis;
            this.out = out;
            this.progress = progress;
            this.cancelled = cancelled;
        }

        @Override
        public void header(List<String> headers) throws ImportException {
            try {
                mapping = ColumnMapping.of(headers, choices);
            } catch (IllegalArgumentException e) {
                throw new ImportException(name + ": " + e.getMessage());
            }
            List<String> problems = mapping.problems(basis.texts());
            if (!problems.isEmpty()) {
                // worded in the import's language already: the mapping is what the user fixes next
                throw new ImportException(basis.texts().get("file.mapping", name, String.join(" ", problems),
                        String.join(", ", headers)));
            }
            planner = new ImportPlanner(mapping, basis.nations(), basis.zone(), basis.attendees(), basis.statuses(),
                    basis.texts());
        }

        @Override
        public void row(RawRow row) {
            PlannedRow planned = planner.plan(row);
            rows++;
            digest = digest * 31 + row.row() * 7L + planned.outcome().ordinal();
            out.accept(planned);
        }

        @Override
        public void progress(double fraction) {
            if (cancelled.getAsBoolean()) {
                throw new ImportCancelledException();
            }
            progress.accept(fraction);
        }
    }
}
