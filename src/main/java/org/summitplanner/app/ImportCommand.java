package org.summitplanner.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.summitplanner.files.OutputTarget;
import org.summitplanner.importing.ColumnMapping;
import org.summitplanner.importing.ImportException;
import org.summitplanner.importing.ImportReport;
import org.summitplanner.importing.Outcome;
import org.summitplanner.importing.PlannedRow;
import org.summitplanner.importing.TableFile;
import org.summitplanner.importing.Texts;
import org.summitplanner.model.Summit;
import org.summitplanner.service.ImportService;
import org.summitplanner.service.Services;
import org.summitplanner.service.OpenServices;
import org.summitplanner.errors.DuplicateKeyException;
import org.summitplanner.errors.StaleDataException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code import FILE}: reads an attendee list (CSV or XLSX), prints what it would do, and commits
 * it in one transaction unless a row has an error. Exit 0 committed (or a clean dry run), 1 error
 * rows blocked the commit, 2 bad usage or an unreadable file.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import an attendee list (CSV, TSV, semicolon CSV or XLSX) into a summit. Every row is "
                + "planned as new, update, unchanged, duplicate or error; nothing is written while a row has an "
                + "error, unless --skip-errors.")
final class ImportCommand implements Callable<Integer> {

    /** Error rows printed on stderr; the report has them all. */
    private static final int SHOWN_ERRORS = 20;

    @ParentCommand
    Cli parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The attendee list: .csv, .tsv, .txt or .xlsx.")
    Path file;

    @Option(names = "--summit", paramLabel = "ID|NAME", description = "The summit; may be left out when the database holds one.")
    String summit;

    @Option(names = "--sheet", paramLabel = "NAME", description = "The sheet of a workbook (default: the first).")
    String sheet;

    @Option(names = "--map", paramLabel = "HEADER=field",
            description = "Map a column by hand, e.g. \"Nom de famille=family_name\" or \"Badge=ignore\". Fields: "
                    + "given_name, family_name, name, nation, email, position, title, role, head, phone, arrival, "
                    + "departure, languages, notes, ignore.")
    List<String> map = new ArrayList<>();

    @Option(names = "--dry-run", description = "Only print what would be done; write nothing.")
    boolean dryRun;

    @Option(names = "--skip-errors", description = "Commit the new and updated rows even if other rows have errors "
            + "(the skipped rows are listed in the report).")
    boolean skipErrors;

    @Option(names = "--report", paramLabel = "OUT.csv", description = "Write every row with its outcome and message.")
    Path report;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<String, String> choices;
        try {
            choices = ColumnMapping.parseChoices(map);
        } catch (IllegalArgumentException e) {
            throw new Cli.UserError(e.getMessage());
        }
        // before anything is read: a report over the list itself, the database, a folder or a device is refused
        OutputTarget reportTarget = report == null ? null : ImportReport.target(report, file, parent.databaseFile());
        TableFile table;
        try {
            table = TableFile.open(file);
        } catch (ImportException e) {
            throw new Cli.UserError(e.getMessage());
        }
        if (sheet != null && !table.isWorkbook()) {
            throw new Cli.UserError("--sheet applies to Excel workbooks (.xlsx); " + file.getFileName()
                    + " is a text table with no sheets. Nothing was imported.");
        }
        try (OpenServices database = parent.open();
             ImportReport written = reportTarget == null ? null : new ImportReport(reportTarget)) {
            Services services = database.services();
            Summit target = services.summits().find(summit);
            ImportService imports = services.imports();
            int[] shown = {0};
            // printed after the totals: every rename (no stored name changes unseen) and the rows that are no one
            List<String> notes = new ArrayList<>();
            int[] notPersons = {0};
            Consumer<PlannedRow> rows = row -> {
                if (written != null) {
                    written.write(row);
                }
                if (row.outcome() == Outcome.ERROR && shown[0]++ < SHOWN_ERRORS) {
                    err.println(describe(row));
                }
                if (row.renames()) {
                    notes.add(file(row) + "renames " + row.before().displayName() + " to " + row.attendee().displayName());
                }
                if (row.outcome() == Outcome.NOT_A_PERSON && notPersons[0]++ < SHOWN_ERRORS) {
                    notes.add(describe(row));
                }
            };
            // once the whole file is planned: the totals, the exit code, and whether to commit
            int[] exit = {0};
            Predicate<ImportService.Preview> told = preview -> {
                if (written != null) {
                    try {
                        written.finish();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                int errors = preview.summary().total(Outcome.ERROR);
                if (errors > SHOWN_ERRORS) {
                    err.println("... and " + (errors - SHOWN_ERRORS) + " more rows with errors"
                            + (report != null ? " (all are in " + report + ")" : " (--report OUT.csv lists them all)"));
                }
                out.println(file.getFileName() + ": " + preview.summary().rows() + " rows: " + preview.summary().describe());
                List<String> ignored = ignoredColumns(preview.summary().mapping());
                if (!ignored.isEmpty()) {
                    out.println("Ignored columns: " + String.join(", ", ignored)
                            + " (not imported; --map \"HEADER=field\" imports one)");
                }
                notes.forEach(out::println);
                if (notPersons[0] > SHOWN_ERRORS) {
                    out.println("... and " + (notPersons[0] - SHOWN_ERRORS) + " more rows that are not a person");
                }
                if (errors > 0 && !skipErrors) {
                    err.println("Nothing was imported: " + errors + (errors == 1 ? " row has an error" : " rows have errors")
                            + ". Fix the file, or use --skip-errors to import the other rows.");
                    exit[0] = 1;
                    return false;
                }
                if (dryRun) {
                    out.println("Dry run: nothing was written.");
                    return false;
                }
                if (preview.summary().writes() == 0) {
                    out.println("Nothing to write: no row is new or changed.");
                    return false;
                }
                return true;
            };
            ImportService.Imported done;
            // the file is read and planned on this executor's thread while this thread writes (ImportService.importFile)
            ExecutorService reader = Executors.newSingleThreadExecutor(
                    DaemonThreads.named("summit-planner-import-reader"));
            try {
                if (dryRun) {
                    told.test(imports.preview(target.id(), table, sheet, choices, Texts.ENGLISH, rows, fraction -> { },
                            () -> false));
                    return exit[0];
                }
                // one reading: the rows are written while the file is still being read and planned, in one
                // transaction committed only if `told` says so
                done = imports.importFile(target.id(), table, sheet, choices, Texts.ENGLISH, skipErrors, rows, told,
                        reader);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } finally {
                reader.shutdown();
            }
            if (done.result() == null) {
                return exit[0];
            }
            int errors = done.preview().summary().total(Outcome.ERROR);
            ImportService.Result result = done.result();
            out.println("Imported into \"" + target.name() + "\": " + result.inserted() + " added, " + result.updated()
                    + " updated" + (errors > 0 ? ", " + errors + " error rows skipped." : "."));
            return 0;
        } catch (ImportException e) {
            throw new Cli.UserError(e.getMessage());
        } catch (StaleDataException e) {
            throw new Cli.UserError("The summit's attendees changed while the file was being imported; nothing was "
                    + "imported. Run the import again.");
        } catch (DuplicateKeyException e) {
            throw new Cli.UserError("Nothing was imported: " + e.getMessage());
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The headers of the columns the import leaves out, quoted, as the wizard shows them "(ignored)". */
    static List<String> ignoredColumns(ColumnMapping mapping) {
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < mapping.headers().size(); i++) {
            String header = mapping.headers().get(i);
            if (mapping.field(i).isEmpty() && !header.isBlank()) {
                ignored.add("\"" + header + "\"");
            }
        }
        return ignored;
    }

    static String describe(PlannedRow row) {
        return file(row) + row.message();
    }

    /** "row 3: ", "row 3 (line 5): ", and for an error row whose names could be read "row 3 (Bob Brown): ". */
    private static String file(PlannedRow row) {
        String who = row.read() == null ? "" : row.read().who();
        String where = row.line() != row.row() ? "line " + row.line() : "";
        String both = where.isEmpty() ? who : who.isEmpty() ? where : where + ", " + who;
        return "row " + row.row() + (both.isEmpty() ? "" : " (" + both + ")") + ": ";
    }
}
