package org.summitplanner.ui.team;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.summitplanner.model.AuditEntry;
import org.summitplanner.service.HistoryService;
import org.summitplanner.ui.common.Background;

/**
 * The History view's state: the changes of one summit (or of one row), newest first, read through the
 * background worker, with what each change changed in words.
 */
public final class HistoryModel {

    /** One change as the table shows it. */
    public record Row(String at, String user, String change, String what, String fields) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM);

    private final HistoryService history;
    private final Background background;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    private final java.util.function.Consumer<Throwable> failed;
    private final ZoneId zone;

    public HistoryModel(HistoryService history, Background background, java.util.function.Consumer<Throwable> failed,
                        ZoneId zone) {
        this.history = history;
        this.background = background;
        this.failed = failed;
        this.zone = zone;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** Reads the summit's changes again. */
    public void loadSummit(long summitId, java.util.function.Function<Integer, String> countText) {
        background.run(() -> history.history(summitId, null), entries -> show(entries, countText), failed);
    }

    /** Reads one row's changes ("room", 12). */
    public void loadRow(String table, long rowId, java.util.function.Function<Integer, String> countText) {
        background.run(() -> history.rowHistory(table, rowId), entries -> show(entries, countText), failed);
    }

    private void show(List<AuditEntry> entries, java.util.function.Function<Integer, String> countText) {
        List<Row> shown = entries.stream().map(this::row).collect(Collectors.toList());
        java.util.Collections.reverse(shown);
        rows.setAll(shown);
        count.set(countText.apply(shown.size()));
    }

    /**
     * Rows whose row ("room 12": exactly that row), user or changed fields contain the text; all for
     * an empty text.
     */
    public static java.util.function.Predicate<Row> matching(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return row -> true;
        }
        if (t.matches("[a-z_ ]+ \\d+")) {
            return row -> row.what().equals(t);
        }
        return row -> row.what().toLowerCase(Locale.ROOT).contains(t) || row.user().toLowerCase(Locale.ROOT).contains(t)
                || row.fields().toLowerCase(Locale.ROOT).contains(t);
    }

    Row row(AuditEntry e) {
        boolean bulk = "BULK".equals(e.kind());
        String fields = HistoryService.changes(e).stream()
                .map(c -> words(c.field()) + ": " + (bulk ? c.after() : (c.before() == null ? "—" : c.before()) + " → "
                        + (c.after() == null ? "—" : c.after())))
                .collect(Collectors.joining("; "));
        return new Row(TIME.withLocale(Locale.getDefault()).format(e.at().atZone(zone)), e.user(),
                change(e.kind()), words(e.table()) + (e.rowId() == null ? "" : " " + e.rowId()), fields);
    }

    /** "agenda_item" as people write it: "agenda item" (the `history` command keeps the database's names). */
    static String words(String name) {
        return name == null ? "" : name.replace('_', ' ');
    }

    /** What kind of change, in words: added, changed, removed, or a bulk write (an import, a load, the demo). */
    static String change(String kind) {
        return switch (kind) {
            case "INSERT" -> "added";
            case "UPDATE" -> "changed";
            case "DELETE" -> "removed";
            case "BULK" -> "bulk write";
            default -> kind.toLowerCase(Locale.ROOT);
        };
    }
}
