package org.summitplanner.ui.agenda;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.shape.SVGPath;
import javafx.stage.Window;
import org.summitplanner.ui.common.Settings;
import org.summitplanner.model.AgendaKind;
import org.summitplanner.ui.common.Dialogs;
import org.summitplanner.ui.common.Messages;
import org.summitplanner.ui.common.TableSupport;

/**
 * Binds the agenda screen's list, filters and dialogs to its model (the form is bound by
 * {@link AgendaFormController} in its own view); each handler is one call into the model.
 */
public final class AgendaController {

    private static final KeyCombination DUPLICATE = KeyCombination.keyCombination("Shortcut+D");
    private static final String LOCK = "M3 7V5a4 4 0 0 1 8 0v2h1v7H2V7h1zm2 0h4V5a2 2 0 0 0-4 0v2z";
    /** The title's least width in the list (« Séance de travail 1 : … »); the kind gives way first, to KIND_FLOOR. */
    private static final double TITLE_MIN = 150;
    private static final double KIND_FLOOR = 70;

    private final AgendaModel model;
    private final ResourceBundle messages;
    private final Settings settings;
    private final AgendaFormController formController;
    private final Node formView;

    @FXML private SplitPane root;
    @FXML private TextField filter;
    @FXML private ChoiceBox<Choice<LocalDate>> dayFilter;
    @FXML private ChoiceBox<Choice<AgendaKind>> kindFilter;
    @FXML private TableView<AgendaRow> table;
    @FXML private TableColumn<AgendaRow, LocalDate> dayColumn;
    @FXML private TableColumn<AgendaRow, AgendaRow> timeColumn;
    @FXML private TableColumn<AgendaRow, String> titleColumn;
    @FXML private TableColumn<AgendaRow, String> kindColumn;
    @FXML private TableColumn<AgendaRow, String> roomColumn;
    @FXML private TableColumn<AgendaRow, Boolean> closedColumn;
    @FXML private TableColumn<AgendaRow, Integer> participantsColumn;
    @FXML private Button newButton;
    @FXML private Button duplicateButton;
    @FXML private Button deleteButton;
    @FXML private BorderPane timelinePane;
    @FXML private Tab listTab;
    @FXML private Tab timelineTab;

    /**
     * @param formView the form (AgendaFormView.fxml bound to {@code formController}), shown beside the list
     */
    public AgendaController(AgendaModel model, ResourceBundle messages, Settings settings,
                            AgendaFormController formController, Node formView) {
        this.model = model;
        this.messages = messages;
        this.settings = settings;
        this.formController = formController;
        this.formView = formView;
    }

    @FXML
    private void initialize() {
        root.getItems().add(formView);
        AgendaTimeline timeline = new AgendaTimeline(model, messages, formController::focusForm);
        timelinePane.setCenter(timeline.view());
        // the timeline builds its blocks when its tab is chosen, not while the list is shown
        timeline.setShowing(timelineTab.isSelected());
        timelineTab.selectedProperty().addListener((obs, old, selected) -> timeline.setShowing(selected));
        // the list is out of the scene while the timeline shows: a tab pane lays out and styles the content of
        // every tab, and a moved block waited in its frame for the hidden table to remake its rows (decision 0052)
        listTab.selectedProperty().addListener((obs, old, selected) -> listTab.setContent(selected ? table : null));
        filter.textProperty().bindBidirectional(model.filterProperty());
        dayFilter.setItems(model.dayChoices());
        // a one-day summit's every row and filter would say the same day: its room goes to the titles
        BooleanBinding severalDays = Bindings.size(model.summitDays()).greaterThan(1);
        dayFilter.visibleProperty().bind(severalDays);
        dayFilter.managedProperty().bind(severalDays);
        dayColumn.visibleProperty().bind(severalDays);
        dayFilter.valueProperty().bindBidirectional(model.dayFilterProperty());
        kindFilter.setItems(model.kindChoices());
        kindFilter.valueProperty().bindBidirectional(model.kindFilterProperty());
        bindTable();
        duplicateButton.disableProperty().bind(model.selectedProperty().isNull());
        deleteButton.disableProperty().bind(model.selectedProperty().isNull());
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (DUPLICATE.match(e)) {
                model.duplicate();
                e.consume();
            }
        });
        model.edits().pendingDeleteProperty().addListener((obs, old, pending) -> {
            if (pending != null) {
                Platform.runLater(() -> model.edits().confirmDelete(Dialogs.confirmDelete(window(), messages,
                        Messages.format(messages, "agenda.what", pending.row().title()), "", List.of())));
            }
        });
        model.edits().conflictProperty().addListener((obs, old, conflict) -> {
            if (conflict != null) {
                Platform.runLater(() -> model.edits().resolve(Dialogs.staleEdit(window(), messages,
                        Messages.format(messages, "agenda.what", model.titleOf(conflict.mine())), conflict.deleted())));
            }
        });
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    private void bindTable() {
        AgendaFormats formats = model.formats();
        dayColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().day()));
        dayColumn.setCellFactory(c -> textCell(formats::day));
        timeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        timeColumn.setComparator((a, b) -> a.start().equals(b.start()) ? a.end().compareTo(b.end())
                : a.start().compareTo(b.start()));
        timeColumn.setCellFactory(c -> textCell(r -> formats.time(r.start(), r.end())));
        titleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
        // one tooltip per column, not one per cell: each is a popup window with a scene of its own, and making
        // them (2 of the 3 a row had) was a tenth of the list's first open at UN scale
        Tooltip whole = new Tooltip();
        whole.setWrapText(true);
        whole.setMaxWidth(420);
        titleColumn.setCellFactory(c -> titleCell(whole));
        kindColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().kind()));
        roomColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().room()));
        closedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().item().closed()));
        Tooltip closedDoor = new Tooltip(messages.getString("agenda.closedDoor"));
        closedColumn.setCellFactory(c -> new LockCell(closedDoor));
        // the header is the lock itself: "Closed door" is long in every language and the column narrow
        Label header = new Label(null, lock());
        header.setTooltip(new Tooltip(messages.getString("agenda.closedDoor")));
        header.setAccessibleText(messages.getString("agenda.closedDoor"));
        closedColumn.setGraphic(header);
        participantsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().participants()));
        FindingMarks.addColumn(table, model.checks(), messages, model.nations());
        SortedList<AgendaRow> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        // the columns share the list's width, so that the participant count is never pushed out of view
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableSupport.rememberColumnWidths(table, settings, "agenda");
        TableSupport.fitTexts(kindColumn, Arrays.stream(AgendaKind.values()).map(formats::kind).toList(), false);
        // the kind whole where there is room, but never at the title's cost (a cut kind is whole in the kind filter)
        TableSupport.giveWay(table, titleColumn, TITLE_MIN, kindColumn, KIND_FLOOR);
        TableSupport.sortByLanguage(titleColumn, messages.getLocale());
        TableSupport.sortByLanguage(kindColumn, messages.getLocale());
        TableSupport.sortByLanguage(roomColumn, messages.getLocale());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null && !model.select(row)) {
                Platform.runLater(() -> table.getSelectionModel().select(old));
            }
        });
        model.selectedProperty().addListener((obs, old, row) -> showSelected());
        // a reload replaces the rows; the table settles its selection after this change, so follow up later
        sorted.addListener((ListChangeListener<AgendaRow>) c -> Platform.runLater(this::showSelected));
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE) {
                model.requestDelete();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                formController.focusForm();
                e.consume();
            }
        });
    }

    /** Selects the model's chosen item in the table, unless it is already the selected row. */
    private void showSelected() {
        AgendaRow row = model.selectedProperty().get();
        AgendaRow shown = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            table.getSelectionModel().clearSelection();
        } else if (shown != row) {
            table.getItems().stream().filter(r -> r.id() == row.id()).findFirst().ifPresent(r -> {
                table.getSelectionModel().select(r);
                if (shown == null || shown.id() != row.id()) {
                    table.scrollTo(r);
                }
            });
        }
    }

    private static <T> TableCell<AgendaRow, T> textCell(Function<T, String> text) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : text.apply(value));
            }
        };
    }

    /**
     * A title the column cuts ("Working session 1: the re…") shows whole when the pointer rests on it: the
     * column's one tooltip takes the title of the cell the pointer enters.
     */
    private static TableCell<AgendaRow, String> titleCell(Tooltip whole) {
        TableCell<AgendaRow, String> cell = new TableCell<>() {
            @Override
            protected void updateItem(String title, boolean empty) {
                super.updateItem(title, empty);
                setText(empty ? null : title);
                setTooltip(empty || title == null || title.isEmpty() ? null : whole);
                if (isHover() && getTooltip() == whole) {
                    // the list scrolled (or changed) under the resting pointer
                    whole.setText(title);
                }
            }
        };
        cell.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            if (cell.getTooltip() == whole) {
                whole.setText(cell.getItem());
            }
        });
        return cell;
    }

    private static SVGPath lock() {
        SVGPath lock = new SVGPath();
        lock.setContent(LOCK);
        lock.getStyleClass().add("agenda-lock");
        return lock;
    }

    /** A lock mark for closed-door items, with its meaning as tooltip and for screen readers. */
    private static final class LockCell extends TableCell<AgendaRow, Boolean> {
        private final SVGPath lock = lock();
        private final Tooltip tip;

        LockCell(Tooltip tip) {
            this.tip = tip;
            setAccessibleText(tip.getText());
        }

        @Override
        protected void updateItem(Boolean closed, boolean empty) {
            super.updateItem(closed, empty);
            boolean show = !empty && Boolean.TRUE.equals(closed);
            setGraphic(show ? lock : null);
            setTooltip(show ? tip : null);
        }
    }

    void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    void focusForm() {
        formController.focusForm();
    }

    @FXML
    private void newItem() {
        model.newItem();
        formController.focusForm();
    }

    @FXML
    private void duplicate() {
        model.duplicate();
    }

    @FXML
    private void delete() {
        model.requestDelete();
    }

    /** The user's role may not change the agenda: the editing controls are greyed out. */
    void readOnly() {
        org.summitplanner.ui.common.RoleLimits.disable(newButton, duplicateButton, deleteButton);
    }
}
