package org.summitplanner.ui.rooms;

import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.summitplanner.ui.common.Settings;
import org.summitplanner.model.AgendaItemRef;
import org.summitplanner.service.RoomService.RoomRow;
import org.summitplanner.ui.common.Dialogs;
import org.summitplanner.ui.common.FieldErrors;
import org.summitplanner.ui.common.Messages;
import org.summitplanner.ui.common.TableSupport;

/** Binds the rooms screen to its model; each handler is one call into the model. */
public final class RoomsController {

    private final RoomsModel model;
    private final ResourceBundle messages;
    private final Settings settings;

    @FXML private TextField filter;
    @FXML private TableView<RoomRow> table;
    @FXML private TableColumn<RoomRow, String> nameColumn;
    @FXML private TableColumn<RoomRow, String> buildingColumn;
    @FXML private TableColumn<RoomRow, Integer> capacityColumn;
    @FXML private TableColumn<RoomRow, Integer> bookingsColumn;
    @FXML private TableColumn<RoomRow, String> keyColumn;
    @FXML private TableColumn<RoomRow, String> bilateralsColumn;
    @FXML private Button newButton;
    @FXML private Button deleteButton;
    @FXML private GridPane form;
    @FXML private Label formTitle;
    @FXML private TextField name;
    @FXML private TextField building;
    @FXML private TextField nameFr;
    @FXML private TextField buildingFr;
    @FXML private TextField capacity;
    @FXML private TextField key;
    @FXML private CheckBox bilaterals;
    @FXML private Button saveButton;
    @FXML private Button revertButton;
    @FXML private Label notice;
    @FXML private ListView<AgendaItemRef> bookings;

    public RoomsController(RoomsModel model, ResourceBundle messages, Settings settings) {
        this.model = model;
        this.messages = messages;
        this.settings = settings;
    }

    @FXML
    private void initialize() {
        filter.textProperty().bindBidirectional(model.filterProperty());

        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.nameOf(c.getValue().room())));
        buildingColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.buildingOf(c.getValue().room())));
        capacityColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().room().capacity()));
        bookingsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().bookings()));
        keyColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().room().key()));
        keyColumn.setCellFactory(c -> new KeyCell());
        bilateralsColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.bilateralsText(c.getValue().room())));
        SortedList<RoomRow> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        // the Key column, last, takes what the table has left: whole keys in a window wider than the first size
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_LAST_COLUMN);
        TableSupport.rememberColumnWidths(table, settings, "rooms");
        TableSupport.sortByLanguage(nameColumn, messages.getLocale());
        TableSupport.sortByLanguage(buildingColumn, messages.getLocale());
        TableSupport.sortByLanguage(keyColumn, messages.getLocale());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null && !model.select(row)) {
                Platform.runLater(() -> table.getSelectionModel().select(old));
            }
        });
        model.selectedProperty().addListener((obs, old, row) -> {
            RoomRow shown = table.getSelectionModel().getSelectedItem();
            if (row == null) {
                table.getSelectionModel().clearSelection();
            } else if (shown == null || shown.room().id() != row.room().id()) {
                table.getItems().stream().filter(r -> r.room().id() == row.room().id()).findFirst()
                        .ifPresent(r -> table.getSelectionModel().select(r));
            }
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE) {
                model.requestDelete();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                name.requestFocus();
                e.consume();
            }
        });
        deleteButton.disableProperty().bind(model.selectedProperty().isNull());

        name.textProperty().bindBidirectional(model.nameProperty());
        building.textProperty().bindBidirectional(model.buildingProperty());
        nameFr.textProperty().bindBidirectional(model.nameFrProperty());
        buildingFr.textProperty().bindBidirectional(model.buildingFrProperty());
        capacity.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().matches("\\d{0,6}") ? change : null));
        capacity.textProperty().bindBidirectional(model.capacityProperty());
        key.textProperty().bindBidirectional(model.keyProperty());
        bilaterals.selectedProperty().bindBidirectional(model.bilateralsProperty());
        formTitle.textProperty().bind(model.formTitleProperty());
        notice.textProperty().bind(model.noticeProperty());
        form.disableProperty().bind(model.selectedProperty().isNull().and(model.editingNewProperty().not()));
        saveButton.disableProperty().bind(model.validProperty().not().or(model.dirtyProperty().not()));
        revertButton.disableProperty().bind(model.dirtyProperty().not());
        form.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                model.revert();
                e.consume();
            }
        });

        FieldErrors errors = new FieldErrors();
        errors.show(name, model.nameError());
        errors.show(capacity, model.capacityError());
        errors.show(key, model.keyError());

        bookings.setItems(model.bookings());
        Label nothingBooked = new Label();
        nothingBooked.textProperty().bind(javafx.beans.binding.Bindings.when(model.selectedProperty().isNull())
                .then(messages.getString("rooms.chooseRoom")).otherwise(messages.getString("rooms.nothingBooked")));
        bookings.setPlaceholder(nothingBooked);
        bookings.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(AgendaItemRef item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : model.describe(item));
            }
        });

        model.pendingDeleteProperty().addListener((obs, old, pending) -> {
            if (pending != null) {
                Platform.runLater(() -> model.confirmDelete(Dialogs.confirmDelete(table.getScene().getWindow(), messages,
                        Messages.format(messages, "rooms.what", model.nameOf(pending.row().room())),
                        Messages.format(messages, "rooms.usedBy", pending.bookings().size()),
                        pending.bookings().stream().map(model::describe).toList())));
            }
        });
        model.conflictProperty().addListener((obs, old, conflict) -> {
            if (conflict != null) {
                Platform.runLater(() -> model.resolve(Dialogs.staleEdit(table.getScene().getWindow(), messages,
                        Messages.format(messages, "rooms.what", model.nameOf(conflict.mine())), conflict.deleted())));
            }
        });
    }

    void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    void focusForm() {
        name.requestFocus();
    }

    @FXML
    private void newRoom() {
        model.newRoom();
        focusForm();
    }

    @FXML
    private void delete() {
        model.requestDelete();
    }

    @FXML
    private void save() {
        model.save();
    }

    @FXML
    private void revert() {
        model.revert();
    }

    /** The user's role may not change rooms: the editing controls are greyed out. */
    void readOnly() {
        org.summitplanner.ui.common.RoleLimits.disable(newButton, deleteButton, saveButton);
        org.summitplanner.ui.common.RoleLimits.readOnlyForm(form);
    }

    /**
     * A room's key, whole in a tooltip: at the window's first size the column is narrower than the longest keys
     * ("marigny-salle-de-presse"). Cut in the middle, so that both the building's prefix and the end that tells
     * the rooms apart stay in sight.
     */
    private static final class KeyCell extends javafx.scene.control.TableCell<RoomRow, String> {
        private final javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();

        KeyCell() {
            setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS);
        }

        @Override
        protected void updateItem(String key, boolean empty) {
            super.updateItem(key, empty);
            setText(empty ? null : key);
            tip.setText(key);
            setTooltip(empty || key == null || key.isEmpty() ? null : tip);
        }
    }
}
