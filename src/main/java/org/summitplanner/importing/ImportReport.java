package org.summitplanner.importing;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.io.OutputStreamWriter;
import java.nio.file.Path;
import org.summitplanner.files.OutputRefusedException;
import org.summitplanner.files.OutputTarget;
import org.summitplanner.model.Attendee;

/**
 * The import report: one line per row with its outcome and message, as CSV (UTF-8 with a byte
 * order mark, so that Excel reads the accents). A cell that starts with = + - @, a tab or a
 * carriage return gets a leading apostrophe, so that a spreadsheet shows it instead of running it
 * as a formula (OWASP "CSV injection").
 */
public final class ImportReport implements Closeable {

    private final OutputTarget.Pending file;
    private final Writer out;
    private final CsvWriter csv;

    /**
     * Starts the report in a partial file beside {@code target}; {@link #finish()} puts it in place,
     * closing it unfinished leaves the target as it was.
     */
    public ImportReport(OutputTarget target) throws IOException {
        file = target.open();
        out = new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8);
        out.write('\uFEFF');
        csv = CsvWriter.builder().build(out);
        csv.writeRecord("row", "outcome", "nation", "given name", "family name", "email", "message");
    }

    /**
     * A report on {@code file} (owner-only: it holds names and emails), refused like every output
     * when it is a database, a folder, a device or {@code input} itself.
     */
    public static OutputTarget target(Path file, Path... inputs) throws OutputRefusedException {
        return OutputTarget.check(file, OutputTarget.Access.PRIVATE, inputs);
    }

    public void write(PlannedRow row) {
        // an error row has no attendee: its names as the file gives them
        PlannedRow.Read a = row.attendee() != null ? PlannedRow.Read.of(row.attendee()) : row.read();
        csv.writeRecord(Integer.toString(row.row()), row.outcome().name(),
                safe(a == null ? "" : a.nation()), safe(a == null ? "" : a.givenName()),
                safe(a == null ? "" : a.familyName()), safe(a == null ? "" : a.email()),
                safe(row.message()));
    }

    /** A cell a spreadsheet will not evaluate. */
    public static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }

    /** Writes the rest and moves the report into place. */
    public void finish() throws IOException {
        csv.flush();
        out.flush();
        file.commit();
    }

    /** Removes the report unless {@link #finish()} put it in place. */
    @Override
    public void close() throws IOException {
        file.close();
    }
}
