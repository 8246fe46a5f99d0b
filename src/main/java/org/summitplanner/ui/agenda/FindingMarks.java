package org.summitplanner.ui.agenda;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.summitplanner.model.Nation;
import org.summitplanner.schedule.CheckedFinding;
import org.summitplanner.schedule.ScheduleTexts;
import org.summitplanner.schedule.Severity;
import org.summitplanner.schedule.SummitCheck;
import org.summitplanner.ui.agenda.timeline.DayTimeline;
import org.summitplanner.ui.common.LiveChecks;

/**
 * Marks the items that have findings nobody acknowledged: a column of the list (a red dot for an
 * error, an amber triangle for warnings only) and a dot on the timeline's blocks, each with the
 * findings' rules and messages as tooltip. Follows the live checks.
 */
final class FindingMarks {

    private FindingMarks() {
    }

    /** Item id to its open findings, errors first. */
    static Map<Long, List<CheckedFinding>> open(SummitCheck check) {
        if (check == null) {
            return Map.of();
        }
        Map<Long, List<CheckedFinding>> byItem = new HashMap<>();
        for (CheckedFinding f : check.findings()) {
            if (!f.acknowledged()) {
                f.finding().itemIds().forEach(id -> byItem.computeIfAbsent(id, k -> new ArrayList<>()).add(f));
            }
        }
        byItem.values().forEach(list -> list.sort(Comparator.comparing(CheckedFinding::severity)));
        return byItem;
    }

    static String describe(List<CheckedFinding> findings, ScheduleTexts texts) {
        return findings.stream().map(f -> texts.rule(f.finding().rule()) + ": " + texts.message(f.finding()))
                .collect(Collectors.joining("\n"));
    }

    static void addColumn(TableView<AgendaRow> table, LiveChecks checks, ResourceBundle messages,
                          List<Nation> nations) {
        Locale locale = messages.getLocale() == null ? Locale.ENGLISH : messages.getLocale();
        ScheduleTexts texts = ScheduleTexts.of(locale, nations);
        ObjectProperty<Map<Long, List<CheckedFinding>>> marks = new SimpleObjectProperty<>(open(checks.resultProperty().get()));
        TableColumn<AgendaRow, List<CheckedFinding>> column = new TableColumn<>();
        column.setId("findingsColumn");
        // fixed: the constrained resize policy would otherwise squeeze it to nothing beside many columns
        column.setMinWidth(34);
        column.setPrefWidth(34);
        column.setMaxWidth(34);
        column.setResizable(false);
        column.setSortable(false);
        Label header = new Label("\u26A0");
        header.setTooltip(new Tooltip(messages.getString("agenda.findings")));
        column.setGraphic(header);
        // each cell follows the marks of its row: a new check updates the cells whose marks changed, where a
        // refresh of the table remade every row (at UN scale, in the frame of each moved block: decision 0052)
        column.setCellValueFactory(c -> {
            long id = c.getValue().id();
            return Bindings.createObjectBinding(() -> marks.get().get(id), marks);
        });
        column.setCellFactory(c -> new TableCell<>() {
            /** Made for the first findings this cell shows: most rows have none, and a tooltip is a popup window. */
            private Tooltip tip;

            @Override
            protected void updateItem(List<CheckedFinding> findings, boolean empty) {
                super.updateItem(findings, empty);
                getStyleClass().removeAll("finding-error", "finding-warning");
                if (empty || findings == null || findings.isEmpty()) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                boolean error = findings.get(0).severity() == Severity.ERROR;
                setText(error ? "\u25CF" : "\u25B2");
                getStyleClass().addAll("agenda-finding-mark", error ? "finding-error" : "finding-warning");
                if (tip == null) {
                    tip = new Tooltip();
                }
                tip.setText(describe(findings, texts));
                setTooltip(tip);
            }
        });
        table.getColumns().add(2, column);
        checks.resultProperty().addListener((obs, old, check) -> {
            Map<Long, List<CheckedFinding>> now = open(check);
            if (!now.equals(marks.get())) {
                marks.set(now);
            }
        });
    }

    static void mark(DayTimeline timeline, LiveChecks checks, List<Nation> nations) {
        ScheduleTexts texts = ScheduleTexts.of(timeline.locale(), nations);
        Runnable show = () -> {
            Map<Long, DayTimeline.Mark> marks = new HashMap<>();
            open(checks.resultProperty().get()).forEach((id, findings) -> marks.put(id, new DayTimeline.Mark(
                    findings.get(0).severity() == Severity.ERROR, () -> describe(findings, texts))));
            timeline.setMarks(marks);
        };
        checks.resultProperty().addListener((obs, old, check) -> show.run());
        show.run();
    }
}
