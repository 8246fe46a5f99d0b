package org.summitplanner.ui.agenda;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.summitplanner.model.AgendaKind;
import org.summitplanner.model.Room;
import org.summitplanner.model.Summit;
import org.summitplanner.ui.agenda.ParticipantPicker.Candidate;
import org.summitplanner.ui.common.FieldErrors;
import org.summitplanner.ui.common.Messages;

/** Binds the agenda item form (AgendaFormView.fxml) to the model; each handler is one call into it. */
public final class AgendaFormController {

    private final AgendaModel model;
    private final ResourceBundle messages;
    private final Supplier<Summit> summit;

    @FXML private Label formTitle;
    @FXML private GridPane form;
    /** The user's role may not change the agenda: Enter saves nothing. */
    private boolean readOnly;
    @FXML private TextField title;
    @FXML private ChoiceBox<AgendaKind> kind;
    @FXML private DatePicker day;
    @FXML private TextField start;
    @FXML private TextField end;
    @FXML private ChoiceBox<Choice<Room>> room;
    @FXML private CheckBox closed;
    @FXML private TextField participantFilter;
    @FXML private ListView<Candidate> candidates;
    @FXML private FlowPane chosen;
    @FXML private Label participantSummary;
    @FXML private Label capacityWarning;
    @FXML private TextArea description;
    @FXML private TextField titleFr;
    @FXML private TextArea descriptionFr;
    @FXML private TextField key;
    @FXML private Button saveButton;
    @FXML private Button revertButton;
    @FXML private Label problem;
    @FXML private Label notice;

    public AgendaFormController(AgendaModel model, ResourceBundle messages,
                                Supplier<Summit> summit) {
        this.model = model;
        this.messages = messages;
        this.summit = summit;
    }

    @FXML
    private void initialize() {
        AgendaForm f = model.form();
        title.textProperty().bindBidirectional(f.titleProperty());
        kind.getItems().setAll(AgendaKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(AgendaKind k) {
                return model.formats().kind(k);
            }

            @Override
            public AgendaKind fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        kind.valueProperty().bindBidirectional(f.kindProperty());
        org.summitplanner.ui.common.DateFields.install(day, messages);
        day.valueProperty().bindBidirectional(f.dayProperty());
        day.setDayCellFactory(picker -> new SummitDayCell());
        for (TextField time : new TextField[] {start, end}) {
            time.setTextFormatter(new TextFormatter<String>(change ->
                    change.getControlNewText().matches("[0-9:h.]{0,5}") ? change : null));
        }
        start.textProperty().bindBidirectional(f.startProperty());
        end.textProperty().bindBidirectional(f.endProperty());
        room.setItems(f.roomChoices());
        room.valueProperty().bindBidirectional(f.roomProperty());
        closed.selectedProperty().bindBidirectional(f.closedProperty());
        description.textProperty().bindBidirectional(f.descriptionProperty());
        titleFr.textProperty().bindBidirectional(f.titleFrProperty());
        descriptionFr.textProperty().bindBidirectional(f.descriptionFrProperty());
        key.textProperty().bindBidirectional(f.keyProperty());
        bindParticipants(f.participants());
        participantSummary.textProperty().bind(f.participantSummary());
        capacityWarning.textProperty().bind(f.capacityWarning());
        capacityWarning.visibleProperty().bind(f.capacityWarning().isNotNull());
        capacityWarning.managedProperty().bind(capacityWarning.visibleProperty());

        problem.textProperty().bind(f.problem());
        problem.visibleProperty().bind(f.problem().isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());
        formTitle.textProperty().bind(model.formTitleProperty());
        notice.textProperty().bind(model.noticeProperty());
        form.disableProperty().bind(model.selectedProperty().isNull().and(model.editingNewProperty().not()));
        saveButton.disableProperty().bind(f.validProperty().not().or(f.dirtyProperty().not()));
        revertButton.disableProperty().bind(f.dirtyProperty().not());
        form.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                model.revert();
                e.consume();
            }
        });
        // Enter saves from any field but the description, where it starts a new line
        form.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !(e.getTarget() instanceof TextArea)) {
                e.consume();
                if (e.getTarget() == participantFilter) {
                    pickOrSave();
                } else {
                    save();
                }
            }
        });

        FieldErrors errors = new FieldErrors();
        errors.show(title, f.titleError());
        errors.show(day, f.dayError());
        errors.show(start, f.startError());
        errors.show(end, f.endError());
        errors.show(key, f.keyError());
        errors.show(description, f.descriptionError());
        errors.show(titleFr, f.titleFrError());
        errors.show(descriptionFr, f.descriptionFrError());
    }

    private void bindParticipants(ParticipantPicker picker) {
        participantFilter.textProperty().bindBidirectional(picker.filterProperty());
        candidates.setItems(picker.matches());
        candidates.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        candidates.setCellFactory(list -> new CandidateCell());
        candidates.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                picker.toggle(List.copyOf(candidates.getSelectionModel().getSelectedItems()));
                e.consume();
            }
        });
        participantFilter.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !candidates.getItems().isEmpty()) {
                candidates.requestFocus();
                candidates.getSelectionModel().clearAndSelect(0);
                candidates.getFocusModel().focus(0);
                e.consume();
            }
        });
        picker.chosen().addListener((ListChangeListener<Candidate>) c -> showChips(picker));
        showChips(picker);
    }

    /** The chosen ones as chips, each with a button that drops it. */
    private void showChips(ParticipantPicker picker) {
        chosen.getChildren().clear();
        for (Candidate c : picker.chosen()) {
            Label label = new Label(c.chip());
            Button remove = new Button("×");
            remove.getStyleClass().add("agenda-chip-remove");
            remove.setAccessibleText(Messages.format(messages, "agenda.picker.remove", c.chip()));
            remove.setFocusTraversable(false);
            remove.setOnAction(e -> picker.remove(c));
            HBox chip = new HBox(4, label, remove);
            // the flow pane gives a chip its preferred width, and a name longer than the form would push the
            // form's fields past the window's edge: at most the pane's width, the name wrapped, its × kept
            chip.maxWidthProperty().bind(chosen.widthProperty());
            label.setWrapText(true);
            remove.setMinWidth(Region.USE_PREF_SIZE);
            chip.getStyleClass().addAll("agenda-chip", c.isDelegation() ? "agenda-chip-delegation" : "agenda-chip-person");
            chosen.getChildren().add(chip);
        }
    }

    /** Enter in the participant filter picks the first match; with nothing typed it saves, as elsewhere. */
    private void pickOrSave() {
        if (!model.form().participants().pickFirstMatch()) {
            save();
        }
    }

    /** A day typed in the date field is only taken on focus loss or key release: take it now. */
    private void commitDay() {
        String typed = day.getEditor().getText();
        try {
            LocalDate parsed = typed == null || typed.isBlank() ? null : day.getConverter().fromString(typed);
            if (parsed != null && !parsed.equals(day.getValue())) {
                day.setValue(parsed);
            }
        } catch (DateTimeParseException e) {
            // not a date: the field keeps the last good one, as the date picker itself does
        }
    }

    void focusForm() {
        title.requestFocus();
    }

    /** A candidate with its check mark; a long label is cut to the list's width and shown whole as a tooltip. */
    private static final class CandidateCell extends CheckBoxListCell<Candidate> {
        private final Tooltip tip = new Tooltip();

        CandidateCell() {
            super(Candidate::chosenProperty);
            setPrefWidth(0);
        }

        @Override
        public void updateItem(Candidate item, boolean empty) {
            super.updateItem(item, empty);
            tip.setText(empty || item == null ? null : item.label());
            setTooltip(empty || item == null ? null : tip);
        }
    }

    /** Marks the summit's days in the calendar. */
    private final class SummitDayCell extends DateCell {
        @Override
        public void updateItem(LocalDate date, boolean empty) {
            super.updateItem(date, empty);
            Summit s = summit.get();
            boolean inSummit = !empty && s != null && !date.isBefore(s.firstDay()) && !date.isAfter(s.lastDay());
            getStyleClass().remove("agenda-summit-day");
            if (inSummit) {
                getStyleClass().add("agenda-summit-day");
            }
        }
    }

    @FXML
    private void save() {
        if (readOnly) {
            return;
        }
        commitDay();
        model.save();
    }

    @FXML
    private void revert() {
        model.revert();
    }

    /** The user's role may not change the agenda. */
    void readOnly() {
        readOnly = true;
        org.summitplanner.ui.common.RoleLimits.disable(saveButton);
        org.summitplanner.ui.common.RoleLimits.readOnlyForm(form);
    }
}
