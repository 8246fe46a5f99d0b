package org.summitplanner.ui.agenda;

import java.time.LocalDate;
import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.summitplanner.ui.agenda.timeline.DayTimeline;

/**
 * The Timeline tab: a day chooser over the day timeline control, both bound to the agenda model.
 * Choosing a block chooses the item in the form; a drag is saved as the form saves a typed move.
 */
final class AgendaTimeline {

    private final AgendaModel model;
    private final DayTimeline timeline;
    private final ChoiceBox<Choice<LocalDate>> days = new ChoiceBox<>();
    private final BorderPane view = new BorderPane();
    /** Set while the model's choice is pushed into the timeline, so that it is not pushed back. */
    private boolean syncing;

    AgendaTimeline(AgendaModel model, ResourceBundle messages, Runnable focusForm) {
        this.model = model;
        this.timeline = new DayTimeline(DayTimeline.messages(messages));
        timeline.setId("dayTimeline");
        days.setId("timelineDay");
        Label dayLabel = new Label(messages.getString("agenda.timelineDay"));
        dayLabel.setLabelFor(days);
        HBox top = new HBox(8, dayLabel, days);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("agenda-timeline-bar");
        view.setTop(top);
        view.setCenter(timeline);

        days.setItems(model.summitDays());
        days.valueProperty().addListener((obs, old, choice) -> {
            if (choice != null && !syncing) {
                model.showTimelineDay(choice.value());
            }
        });
        model.timelineDayProperty().addListener((obs, old, day) -> showDay(day));
        model.allRows().addListener((ListChangeListener<AgendaRow>) c -> timeline.setItems(model.timelineItems()));
        model.rooms().addListener((ListChangeListener<Object>) c -> timeline.setRooms(model.timelineRooms()));

        timeline.selectedItemIdProperty().addListener((obs, old, id) -> {
            if (syncing || id == null) {
                return;
            }
            AgendaRow chosen = model.selectedProperty().get();
            AgendaRow row = model.find(id);
            if (row != null && (chosen == null || chosen.id() != id) && !model.select(row)) {
                // the form holds an edit that cannot be saved: stay on its item
                showSelected();
            }
        });
        model.selectedProperty().addListener((obs, old, row) -> showSelected());
        timeline.setOnMoveRequested(model::move);
        FindingMarks.mark(timeline, model.checks(), model.nations());
        timeline.setOnItemActivated(id -> focusForm.run());
        timeline.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE) {
                model.requestDelete();
                e.consume();
            }
        });
        showDay(model.timelineDayProperty().get());
    }

    private void showDay(LocalDate day) {
        syncing = true;
        try {
            timeline.setDay(day);
            days.setValue(model.summitDays().stream().filter(c -> c.value().equals(day)).findFirst().orElse(null));
        } finally {
            syncing = false;
        }
    }

    private void showSelected() {
        AgendaRow row = model.selectedProperty().get();
        syncing = true;
        try {
            timeline.selectedItemIdProperty().set(row == null ? null : row.id());
        } finally {
            syncing = false;
        }
        if (row != null) {
            timeline.scrollToItem(row.id());
        }
    }

    /** Whether the timeline is on screen (its tab chosen): hidden, it builds no blocks. */
    void setShowing(boolean showing) {
        timeline.setShowing(showing);
    }

    Node view() {
        return view;
    }
}
