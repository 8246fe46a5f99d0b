package org.summitplanner.ui.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.summitplanner.importing.ColumnMapping;
import org.summitplanner.importing.ImportCancelledException;
import org.summitplanner.importing.ImportException;
import org.summitplanner.importing.ImportField;
import org.summitplanner.files.OutputRefusedException;
import org.summitplanner.importing.ImportReport;
import org.summitplanner.importing.Outcome;
import org.summitplanner.importing.PlanSummary;
import org.summitplanner.importing.PlannedRow;
import org.summitplanner.importing.TableFile;
import org.summitplanner.importing.Texts;
import org.summitplanner.service.ImportService;
import org.summitplanner.errors.DiskWriteException;
import org.summitplanner.errors.StaleDataException;
import org.summitplanner.ui.common.Messages;
import org.summitplanner.ui.common.ScreenContext;

/**
 * The import wizard's state: the file and sheet, the column mapping, the preview of every row
 * with its outcome, and the commit. Reading, planning and committing run in the background with
 * progress and a Cancel that is checked between rows and batches (never a thread interrupt);
 * a cancelled import writes nothing.
 */
final class ImportModel {

    private final ScreenContext context;
    private final ImportService service;
    private final ResourceBundle messages;
    private final MappingMemory memory;
    private final Texts texts;

    private final StringProperty path = new SimpleStringProperty(this, "path", "");
    private final ObservableList<String> sheets = FXCollections.observableArrayList();
    private final ObjectProperty<String> sheet = new SimpleObjectProperty<>(this, "sheet");
    private final ObservableList<MappingRow> mapping = FXCollections.observableArrayList();
    private final ObservableList<PlannedRow> rows = FXCollections.observableArrayList();
    private final FilteredList<PlannedRow> shownRows = new FilteredList<>(rows);
    private final ObjectProperty<Outcome> filter = new SimpleObjectProperty<>(this, "filter");
    private final BooleanProperty skipErrors = new SimpleBooleanProperty(this, "skipErrors");
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper(this, "totals", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper committed = new ReadOnlyBooleanWrapper(this, "committed");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final ObjectProperty<ImportService.Preview> preview = new SimpleObjectProperty<>(this, "preview");
    private final BooleanBinding canCommit;

    private TableFile file;
    private List<String> headers = List.of();
    private AtomicBoolean cancelled = new AtomicBoolean();
    private boolean loadingMapping;

    ImportModel(ScreenContext context, ResourceBundle messages) {
        this.context = context;
        this.service = context.services().imports();
        this.messages = messages;
        this.memory = new MappingMemory(context.settings());
        this.texts = new Texts(messages.getLocale() == null ? java.util.Locale.ENGLISH : messages.getLocale());
        filter.addListener((obs, old, now) -> shownRows.setPredicate(now == null ? null : r -> r.outcome() == now));
        canCommit = Bindings.createBooleanBinding(() -> {
            ImportService.Preview p = preview.get();
            return p != null && !busy.get() && !committed.get() && p.committable(skipErrors.get());
        }, preview, busy, committed, skipErrors);
    }

    StringProperty pathProperty() {
        return path;
    }

    ObservableList<String> sheets() {
        return sheets;
    }

    ObjectProperty<String> sheetProperty() {
        return sheet;
    }

    ObservableList<MappingRow> mapping() {
        return mapping;
    }

    ObservableList<PlannedRow> shownRows() {
        return shownRows;
    }

    ObjectProperty<Outcome> filterProperty() {
        return filter;
    }

    BooleanProperty skipErrorsProperty() {
        return skipErrors;
    }

    ReadOnlyStringProperty totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty committedProperty() {
        return committed.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    BooleanBinding canCommitProperty() {
        return canCommit;
    }

    boolean hasPreview() {
        return preview.get() != null;
    }

    String text(String key, Object... args) {
        return Messages.format(messages, key, args);
    }

    /** Opens the file typed in the path field. */
    void openTyped() {
        if (!path.get().isBlank()) {
            open(Path.of(path.get().strip()));
        }
    }

    /** Opens a file: its sheets, its headers with the remembered mapping, then the preview. */
    void open(Path chosen) {
        path.set(chosen.toString());
        record Opened(TableFile file, List<String> sheets, List<String> headers, List<String> sample) {
        }
        start(text("import.reading", chosen.getFileName()), () -> {
            TableFile table = TableFile.open(chosen);
            List<String> names = table.sheets();
            String first = names.isEmpty() ? null : names.get(0);
            List<String> found = service.headers(table, first);
            return new Opened(table, names, found, sample(table, first));
        }, opened -> {
            file = opened.file();
            loadingMapping = true;
            sheets.setAll(opened.sheets());
            sheet.set(opened.sheets().isEmpty() ? null : opened.sheets().get(0));
            loadingMapping = false;
            showMapping(opened.headers(), opened.sample());
            plan();
        });
    }

    /** Another sheet of the workbook: its headers and preview. */
    void sheetChosen() {
        if (loadingMapping || file == null || sheet.get() == null) {
            return;
        }
        String chosen = sheet.get();
        record Read(List<String> headers, List<String> sample) {
        }
        start(text("import.reading", file.path().getFileName()),
                () -> new Read(service.headers(file, chosen), sample(file, chosen)), read -> {
                    showMapping(read.headers(), read.sample());
                    plan();
                });
    }

    /** The user mapped a column by hand: remember it for files with the same headers, and plan again. */
    void fieldChosen(MappingRow row, ImportField field) {
        // a field lives in one column: the column that held it before lets it go
        for (MappingRow other : mapping) {
            if (other != row && field != null && other.fieldProperty().get() == field) {
                other.choose(null);
            }
        }
        row.choose(field);
        memory.remember(headers, choices());
        plan();
    }

    private void showMapping(List<String> found, List<String> sample) {
        headers = found;
        Map<String, String> remembered = memory.recall(found);
        ColumnMapping recognised;
        try {
            recognised = ColumnMapping.of(found, remembered);
        } catch (IllegalArgumentException e) {
            recognised = ColumnMapping.of(found, Map.of());
        }
        List<MappingRow> list = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            list.add(new MappingRow(found.get(i), i < sample.size() ? sample.get(i) : "",
                    recognised.field(i).orElse(null), recognised.chosenByHand(i)));
        }
        mapping.setAll(list);
    }

    private Map<String, String> choices() {
        Map<String, String> choices = new LinkedHashMap<>();
        for (MappingRow row : mapping) {
            if (row.byHand()) {
                ImportField f = row.fieldProperty().get();
                choices.put(row.header(), f == null ? ColumnMapping.IGNORE : f.key());
            }
        }
        return choices;
    }

    /** Reads and plans every row again with the current mapping. */
    void plan() {
        if (file == null) {
            return;
        }
        TableFile table = file;
        // the previous plan goes at once: it no longer matches the mapping
        rows.clear();
        preview.set(null);
        totals.set("");
        String chosenSheet = sheet.get();
        Map<String, String> choices = choices();
        long summitId = context.summitId();
        AtomicBoolean stop = freshFlag();
        start(text("import.planning", table.path().getFileName()), () -> {
            List<PlannedRow> planned = new ArrayList<>();
            ImportService.Preview p = service.preview(summitId, table, chosenSheet, choices, texts, planned::add,
                    this::reportProgress, stop::get);
            return new Object[] {p, planned};
        }, result -> {
            @SuppressWarnings("unchecked")
            List<PlannedRow> planned = (List<PlannedRow>) result[1];
            rows.setAll(planned);
            ImportService.Preview p = (ImportService.Preview) result[0];
            preview.set(p);
            totals.set(describe(p.summary()));
            int errors = p.summary().total(Outcome.ERROR);
            status.set(errors > 0 ? text("import.errorsBlock", errors)
                    : p.summary().writes() == 0 ? text("import.nothing") : text("import.ready", p.summary().writes()));
        });
    }

    /** Writes exactly the previewed NEW and UPDATE rows, as one undoable action. */
    void commit() {
        ImportService.Preview p = preview.get();
        if (p == null || !canCommit.get()) {
            return;
        }
        List<PlannedRow> all = List.copyOf(rows);
        boolean skip = skipErrors.get();
        AtomicBoolean stop = freshFlag();
        String name = String.valueOf(p.file().path().getFileName());
        start(text("import.committing", p.summary().writes()),
                () -> service.commit(p, all, skip, this::reportProgress, stop::get), result -> {
                    committed.set(true);
                    context.history().record(new ImportEdit(text("import.edit", name), service, p.summitId(), result));
                    context.changes().fire();
                    status.set(text("import.done", result.inserted(), result.updated()));
                });
    }

    /** Stops the reading, planning or commit under way; a cancelled commit writes nothing. */
    void cancel() {
        cancelled.set(true);
    }

    /** Writes every previewed row with its outcome and message to a CSV file. */
    void saveReport(Path target) {
        List<PlannedRow> all = List.copyOf(rows);
        Path input = file == null ? null : file.path();
        start(text("import.savingReport"), () -> {
            try (ImportReport report = new ImportReport(ImportReport.target(target, input))) {
                all.forEach(report::write);
                report.finish();
            }
            return target;
        }, saved -> status.set(text("import.reportSaved", saved)));
    }

    private String describe(PlanSummary summary) {
        int notPersons = summary.total(Outcome.NOT_A_PERSON);
        return text("import.totals", summary.rows(), summary.total(Outcome.NEW), summary.total(Outcome.UPDATE),
                summary.total(Outcome.UNCHANGED), summary.total(Outcome.DUPLICATE), summary.total(Outcome.ERROR))
                + (notPersons > 0 ? text("import.notPersons", notPersons) : "");
    }

    /** A few values of the first row, to help the mapping by hand. */
    private static List<String> sample(TableFile table, String sheet) throws ImportException {
        List<String> first = new ArrayList<>();
        try {
            table.read(sheet, new org.summitplanner.importing.RowSink() {
                @Override
                public void header(List<String> found) {
                }

                @Override
                public void row(org.summitplanner.importing.RawRow row) {
                    first.addAll(row.cells());
                    throw new ImportCancelledException();
                }
            });
        } catch (ImportCancelledException stop) {
            // read one row only
        }
        return first;
    }

    private void reportProgress(double fraction) {
        Platform.runLater(() -> progress.set(fraction < 0 ? -1 : Math.min(1, fraction)));
    }

    /** A new Cancel flag for the work about to start (an older one belongs to finished work). */
    private AtomicBoolean freshFlag() {
        cancelled = new AtomicBoolean();
        return cancelled;
    }

    private <T> void start(String what, java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> done) {
        busy.set(true);
        failed.set(false);
        progress.set(-1);
        status.set(what);
        context.background().run(work, result -> {
            busy.set(false);
            progress.set(0);
            done.accept(result);
        }, error -> {
            busy.set(false);
            progress.set(0);
            failed.set(!(error instanceof CancellationException || error instanceof ImportCancelledException));
            status.set(message(error));
        });
    }

    private String message(Throwable error) {
        if (error instanceof CancellationException || error instanceof ImportCancelledException) {
            return text("import.cancelled");
        }
        if (error instanceof StaleDataException) {
            preview.set(null);
            return text("import.stale");
        }
        if (error instanceof ImportException e) {
            return e.message(texts);
        }
        if (error instanceof IllegalArgumentException || error instanceof OutputRefusedException) {
            return Messages.problem(messages, error);
        }
        var diskWrite = DiskWriteException.in(error);
        if (diskWrite.isPresent()) {
            return text(diskWrite.get().diskFull() ? "import.diskFull" : "import.diskFailed", diskWrite.get().folder());
        }
        return text("import.failed", Messages.problem(messages, error));
    }
}
