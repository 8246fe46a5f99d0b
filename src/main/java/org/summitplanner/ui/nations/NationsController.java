package org.summitplanner.ui.nations;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import org.summitplanner.ui.common.Settings;
import org.summitplanner.model.NationStanding;
import org.summitplanner.model.ParticipationStatus;
import org.summitplanner.ui.common.Dialogs;
import org.summitplanner.ui.common.FieldErrors;
import org.summitplanner.ui.common.TableSupport;

/** Binds the nations screen to its model; each handler is one call into the model. */
public final class NationsController {

    private static final List<StatusFilter> COUNTED = List.of(StatusFilter.TAKING_PART, StatusFilter.CONFIRMED,
            StatusFilter.INVITED, StatusFilter.OBSERVER, StatusFilter.DECLINED, StatusFilter.NOT_INVITED);

    private final NationsModel model;
    private final NationFormModel formModel;
    private final NationTexts texts;
    private final ResourceBundle messages;
    private final Settings settings;
    private boolean restoring;

    @FXML private ChoiceBox<StatusFilter> statusFilter;
    @FXML private TextField filter;
    @FXML private FlowPane countsBar;
    @FXML private TableView<NationStanding> table;
    @FXML private TableColumn<NationStanding, String> codeColumn;
    @FXML private TableColumn<NationStanding, String> nameColumn;
    @FXML private TableColumn<NationStanding, ParticipationStatus> statusColumn;
    @FXML private TableColumn<NationStanding, LocalDate> invitedColumn;
    @FXML private TableColumn<NationStanding, LocalDate> respondedColumn;
    @FXML private TableColumn<NationStanding, Integer> sizeColumn;
    @FXML private TableColumn<NationStanding, String> headColumn;
    @FXML private TableColumn<NationStanding, String> notesColumn;
    @FXML private Label selectionLabel;
    @FXML private MenuButton setStatusButton;
    @FXML private Button removeButton;
    @FXML private Label formTitle;
    @FXML private Label delegation;
    @FXML private GridPane form;
    /** The user's role may not change the summit's nations: Enter saves nothing. */
    private boolean readOnly;
    @FXML private ChoiceBox<ParticipationStatus> status;
    @FXML private DatePicker invitedOn;
    @FXML private DatePicker respondedOn;
    @FXML private TextArea notes;
    @FXML private Button saveButton;
    @FXML private Button revertButton;
    @FXML private Label notice;
    @FXML private Label problem;

    public NationsController(NationsModel model, ResourceBundle messages, Settings settings) {
        this.model = model;
        this.formModel = model.form();
        this.texts = model.texts();
        this.messages = messages;
        this.settings = settings;
    }

    @FXML
    private void initialize() {
        statusFilter.getItems().setAll(StatusFilter.values());
        statusFilter.setConverter(converter(texts::filter));
        statusFilter.valueProperty().bindBidirectional(model.statusFilterProperty());
        filter.textProperty().bindBidirectional(model.filterProperty());
        buildCounts();
        bindTable();
        bindSelectionActions();
        bindForm();
        notice.textProperty().bind(model.noticeProperty());
        problem.textProperty().bind(formModel.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        model.pendingRemoveProperty().addListener((obs, old, pending) -> {
            if (pending != null) {
                Platform.runLater(() -> model.confirmRemove(Dialogs.confirmDelete(table.getScene().getWindow(),
                        messages, pending.what(), pending.header(), pending.uses())));
            }
        });
        model.conflictProperty().addListener((obs, old, conflict) -> {
            if (conflict != null) {
                Platform.runLater(() -> model.resolve(Dialogs.staleEdit(table.getScene().getWindow(), messages,
                        conflict.what(), conflict.deleted())));
            }
        });
    }

    /** "34 taking part", "30 confirmed" ...: always visible; a click shows those nations. */
    private void buildCounts() {
        for (StatusFilter f : COUNTED) {
            Label count = new Label();
            count.setId("count" + f.name());
            count.getStyleClass().addAll("count-chip", "count-" + f.name().toLowerCase().replace('_', '-'));
            count.textProperty().bind(model.countProperty(f));
            count.setOnMouseClicked(e -> model.statusFilterProperty().set(f));
            countsBar.getChildren().add(count);
        }
    }

    private void bindTable() {
        codeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().code()));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(texts.name(c.getValue().nation())));
        statusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        statusColumn.setCellFactory(c -> new StatusCell());
        invitedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().invitedOn()));
        respondedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().respondedOn()));
        for (TableColumn<NationStanding, LocalDate> column : List.of(invitedColumn, respondedColumn)) {
            column.setCellFactory(c -> new TextCell<>(texts::date));
            column.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        }
        sizeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().delegationSize()));
        sizeColumn.setCellFactory(c -> new TextCell<>(n -> n == null || n == 0 ? "" : n.toString()));
        headColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().headName()));
        notesColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().notes() == null ? null : c.getValue().notes().replace('\n', ' ')));
        for (TableColumn<NationStanding, String> column : List.of(codeColumn, nameColumn, headColumn, notesColumn)) {
            TableSupport.sortByLanguage(column, texts.locale());
        }
        SortedList<NationStanding> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        TableSupport.rememberColumnWidths(table, settings, "nations");

        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<NationStanding>) c -> {
            if (!restoring && !model.select(table.getSelectionModel().getSelectedItems().stream()
                    .filter(Objects::nonNull).toList())) {
                Platform.runLater(() -> reselect(List.of(formModel.standingProperty().get())));
            }
        });
        model.reloadsProperty().addListener((obs, old, now) -> reselect(model.selection()));
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE) {
                model.requestRemove();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && model.selectedCountProperty().get() == 1) {
                status.requestFocus();
                e.consume();
            }
        });
    }

    /** Selects the model's selection again after the rows were replaced (the table drops it then). */
    private void reselect(List<NationStanding> rows) {
        restoring = true;
        try {
            table.getSelectionModel().clearSelection();
            for (NationStanding s : rows) {
                int index = table.getItems().indexOf(s);
                if (index >= 0) {
                    table.getSelectionModel().select(index);
                }
            }
        } finally {
            restoring = false;
        }
    }

    private void bindSelectionActions() {
        ContextMenu menu = new ContextMenu();
        for (ParticipationStatus s : ParticipationStatus.values()) {
            MenuItem item = new MenuItem(texts.status(s));
            item.setId("setStatus" + s.name());
            item.setOnAction(e -> model.setStatusOfSelection(s));
            setStatusButton.getItems().add(item);
            MenuItem again = new MenuItem(texts.text("nations.setStatusOf", texts.status(s)));
            again.setOnAction(e -> model.setStatusOfSelection(s));
            menu.getItems().add(again);
        }
        MenuItem remove = new MenuItem(messages.getString("nations.remove"));
        remove.setOnAction(e -> model.requestRemove());
        menu.getItems().addAll(new SeparatorMenuItem(), remove);
        table.setContextMenu(menu);
        var none = model.selectedCountProperty().isEqualTo(0);
        setStatusButton.disableProperty().bind(none);
        removeButton.disableProperty().bind(none);
        selectionLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> texts.text("nations.selected", model.selectedCountProperty().get()),
                model.selectedCountProperty()));
    }

    private void bindForm() {
        status.getItems().setAll(ParticipationStatus.values());
        status.setConverter(converter(texts::status));
        status.valueProperty().bindBidirectional(formModel.statusProperty());
        dateField(invitedOn, formModel.invitedUnreadableProperty());
        invitedOn.valueProperty().bindBidirectional(formModel.invitedOnProperty());
        dateField(respondedOn, formModel.respondedUnreadableProperty());
        respondedOn.valueProperty().bindBidirectional(formModel.respondedOnProperty());
        notes.textProperty().bindBidirectional(formModel.notesProperty());
        formTitle.textProperty().bind(formModel.titleProperty());
        delegation.textProperty().bind(formModel.delegationProperty());
        form.disableProperty().bind(formModel.standingProperty().isNull());
        saveButton.disableProperty().bind(formModel.validProperty().not().or(formModel.dirtyProperty().not()));
        revertButton.disableProperty().bind(formModel.dirtyProperty().not());

        FieldErrors errors = new FieldErrors();
        errors.show(invitedOn, formModel.invitedError());
        errors.show(respondedOn, formModel.respondedError());
        errors.show(notes, formModel.notesError());

        form.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !invitedOn.isShowing() && !respondedOn.isShowing()) {
                formModel.revert();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && !(e.getTarget() instanceof Button)) {
                if (e.isShiftDown() && isIn(e.getTarget(), notes)) {
                    notes.replaceSelection("\n");
                } else {
                    // a typed date reaches the model only when committed
                    invitedOn.commitValue();
                    respondedOn.commitValue();
                    save();
                }
                e.consume();
            }
        });
    }

    /** A date field that reads typed dates in the screen's language and says when one cannot be read. */
    private void dateField(DatePicker picker, BooleanProperty unreadable) {
        picker.setPromptText(texts.datePattern());
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return texts.typedDate(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    unreadable.set(false);
                    return null;
                }
                var date = texts.parseDate(text);
                unreadable.set(date.isEmpty());
                return date.orElse(picker.getValue());
            }
        });
    }

    private static boolean isIn(Object target, Node node) {
        for (Node n = target instanceof Node t ? t : null; n != null; n = n.getParent()) {
            if (n == node) {
                return true;
            }
        }
        return false;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException();
            }
        };
    }

    void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    @FXML
    private void remove() {
        model.requestRemove();
    }

    @FXML
    private void save() {
        if (readOnly) {
            return;
        }
        formModel.save();
    }

    @FXML
    private void revert() {
        formModel.revert();
    }

    /** A status in its colour. */
    private final class StatusCell extends TableCell<NationStanding, ParticipationStatus> {
        @Override
        protected void updateItem(ParticipationStatus item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeIf(c -> c.startsWith("status-"));
            if (empty || item == null) {
                setText(null);
            } else {
                setText(texts.status(item));
                NationStanding row = getTableRow() == null ? null : getTableRow().getItem();
                // a nation merely absent from the summit is muted; one deliberately not invited stands out
                String kind = row != null && row.participation() == null ? "unrecorded"
                        : item.name().toLowerCase().replace('_', '-');
                getStyleClass().addAll("status-cell", "status-" + kind);
            }
        }
    }

    private static final class TextCell<T> extends TableCell<NationStanding, T> {
        private final java.util.function.Function<T, String> text;

        TextCell(java.util.function.Function<T, String> text) {
            this.text = text;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : text.apply(item));
        }
    }

    /** The user's role may not change the nations' standing: the editing controls are greyed out. */
    void readOnly() {
        readOnly = true;
        org.summitplanner.ui.common.RoleLimits.disable(setStatusButton, removeButton, saveButton);
        org.summitplanner.ui.common.RoleLimits.readOnlyForm(form);
    }
}
