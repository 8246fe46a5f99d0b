package org.summitplanner.ui.delegations;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.scene.input.TransferMode;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.summitplanner.ui.common.Settings;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.ParticipationStatus;
import org.summitplanner.model.Role;
import org.summitplanner.ui.common.Dialogs;
import org.summitplanner.ui.common.Messages;
import org.summitplanner.ui.common.TableSupport;
import org.summitplanner.ui.common.Views;

/** Binds the delegations screen (both views and the form beside them) to its model. */
public final class DelegationsController {

    private final DelegationsModel model;
    private final ResourceBundle messages;
    private final Settings settings;
    private final AttendeeFormController formController;
    private boolean syncing;

    @FXML private TabPane tabs;
    @FXML private Tab delegationsTab;
    @FXML private TextField delegationFilter;
    @FXML private TableView<DelegationRow> delegationTable;
    @FXML private TableColumn<DelegationRow, String> nationColumn;
    @FXML private TableColumn<DelegationRow, ParticipationStatus> statusColumn;
    @FXML private TableColumn<DelegationRow, Integer> sizeColumn;
    @FXML private TableColumn<DelegationRow, String> headColumn;
    @FXML private Label summary;
    @FXML private Label membersTitle;
    @FXML private Button newButton;
    @FXML private Button importButton;
    @FXML private Button deleteButton;
    @FXML private Button deleteButton2;
    @FXML private TableView<AttendeeRow> memberTable;
    @FXML private TableColumn<AttendeeRow, String> memberHeadColumn;
    @FXML private TableColumn<AttendeeRow, Attendee> memberNameColumn;
    @FXML private TableColumn<AttendeeRow, String> memberRoleColumn;
    @FXML private TableColumn<AttendeeRow, String> memberPositionColumn;
    @FXML private ComboBox<String> nationFilter;
    @FXML private ComboBox<String> roleFilter;
    @FXML private TextField nameFilter;
    @FXML private TextField emailFilter;
    @FXML private TableView<AttendeeRow> attendeeTable;
    @FXML private TableColumn<AttendeeRow, String> familyColumn;
    @FXML private TableColumn<AttendeeRow, String> givenColumn;
    @FXML private TableColumn<AttendeeRow, String> allNationColumn;
    @FXML private TableColumn<AttendeeRow, String> allRoleColumn;
    @FXML private TableColumn<AttendeeRow, String> allHeadColumn;
    @FXML private TableColumn<AttendeeRow, String> emailColumn;
    @FXML private Label filteredCount;
    @FXML private TableColumn<AttendeeRow, String> honorificColumn;
    @FXML private TableColumn<AttendeeRow, String> phoneColumn;
    @FXML private StackPane memberFormHolder;
    @FXML private StackPane allFormHolder;
    private final Consumer<Path> importer;

    public DelegationsController(DelegationsModel model, ResourceBundle messages, Settings settings,
                                 AttendeeFormController formController, Consumer<Path> importer) {
        this.importer = importer;
        this.model = model;
        this.messages = messages;
        this.settings = settings;
        this.formController = formController;
    }

    @FXML
    private void initialize() {
        Parent formView = Views.load(formController, messages);
        memberFormHolder.getChildren().setAll(formView);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) ->
                (tab == delegationsTab ? memberFormHolder : allFormHolder).getChildren().setAll(formView));
        bindDelegations();
        bindMembers();
        bindAllAttendees();
        model.form().shownProperty().addListener((obs, old, shown) -> showSelected(shown));
        // a reload replaces the rows, and the tables drop their selection with them: choose it again
        model.allDelegations().addListener((ListChangeListener<DelegationRow>) c ->
                Platform.runLater(() -> showSelected(model.form().shownProperty().get())));
        deleteButton.disableProperty().bind(model.form().shownProperty().isNull()
                .or(model.form().editingNewProperty()));
        deleteButton2.disableProperty().bind(deleteButton.disableProperty());
        bindQuestions();
        // a file dropped on the screen starts an import of it
        tabs.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        tabs.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (ok) {
                importer.accept(e.getDragboard().getFiles().get(0).toPath());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private void bindDelegations() {
        delegationFilter.textProperty().bindBidirectional(model.delegationFilterProperty());
        nationColumn.setCellValueFactory(c -> value(c.getValue().name()));
        statusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        statusColumn.setCellFactory(column -> new StatusCell());
        Collator byName = Collator.getInstance(messages.getLocale());
        statusColumn.setComparator(Comparator.nullsLast(Comparator.comparing(this::statusName, byName)));
        sizeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().size()));
        headColumn.setCellValueFactory(c -> value(c.getValue().head() == null ? null : c.getValue().head().displayName()));
        headColumn.setCellFactory(column -> new FlaggedCell<>(messages.getString("delegations.noHead")));
        TableSupport.sortByLanguage(nationColumn, messages.getLocale());
        TableSupport.sortByLanguage(headColumn, messages.getLocale());
        delegationTable.setItems(sorted(model.delegations(), delegationTable));
        TableSupport.rememberColumnWidths(delegationTable, settings, "delegations");
        List<String> statuses = new ArrayList<>(Arrays.stream(ParticipationStatus.values()).map(this::statusName).toList());
        statuses.add(messages.getString("delegations.noStatus"));
        TableSupport.fitTexts(statusColumn, statuses, true);
        delegationTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!syncing && row != null) {
                model.choose(row);
            }
        });
        model.chosenProperty().addListener((obs, old, row) -> selectIn(delegationTable, row,
                d -> row != null && d.nation().equals(row.nation())));
        delegationTable.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !memberTable.getItems().isEmpty()) {
                memberTable.requestFocus();
                if (memberTable.getSelectionModel().isEmpty()) {
                    memberTable.getSelectionModel().selectFirst();
                }
                e.consume();
            }
        });
        summary.textProperty().bind(model.summaryProperty());
    }

    private void bindMembers() {
        memberHeadColumn.setCellValueFactory(c -> value(c.getValue().attendee().headOfDelegation() ? "★" : ""));
        memberNameColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().attendee()));
        memberNameColumn.setCellFactory(column -> new FlaggedCell<>(null, Attendee::displayName));
        Collator collator = Collator.getInstance(messages.getLocale());
        memberNameColumn.setComparator((a, b) -> {
            int byFamily = collator.compare(a.familyName(), b.familyName());
            return byFamily != 0 ? byFamily : collator.compare(a.givenName(), b.givenName());
        });
        memberRoleColumn.setCellValueFactory(c -> value(roleName(c.getValue().attendee().role())));
        memberPositionColumn.setCellValueFactory(c -> value(c.getValue().attendee().position()));
        TableSupport.sortByLanguage(memberRoleColumn, messages.getLocale());
        TableSupport.sortByLanguage(memberPositionColumn, messages.getLocale());
        memberTable.setItems(sorted(model.members(), memberTable));
        TableSupport.rememberColumnWidths(memberTable, settings, "delegationMembers");
        attendeeTableKeys(memberTable);
        membersTitle.textProperty().bind(Bindings.createStringBinding(() -> model.chosenProperty().get() == null
                ? messages.getString("delegations.members")
                : Messages.format(messages, "delegations.membersOf", model.chosenProperty().get().name(),
                model.members().size()), model.chosenProperty(), model.members()));
    }

    private void bindAllAttendees() {
        familyColumn.setCellValueFactory(c -> value(c.getValue().attendee().familyName()));
        givenColumn.setCellValueFactory(c -> value(c.getValue().attendee().givenName()));
        allNationColumn.setCellValueFactory(c -> value(c.getValue().nationName()));
        allRoleColumn.setCellValueFactory(c -> value(roleName(c.getValue().attendee().role())));
        allHeadColumn.setCellValueFactory(c -> value(c.getValue().attendee().headOfDelegation() ? "★" : ""));
        emailColumn.setCellValueFactory(c -> value(c.getValue().attendee().email()));
        honorificColumn.setCellValueFactory(c -> value(c.getValue().attendee().honorific()));
        phoneColumn.setCellValueFactory(c -> value(c.getValue().attendee().phone()));
        for (TableColumn<AttendeeRow, String> column : List.of(familyColumn, givenColumn, honorificColumn,
                allNationColumn, allRoleColumn, emailColumn, phoneColumn)) {
            TableSupport.sortByLanguage(column, messages.getLocale());
        }
        attendeeTable.setItems(sorted(model.attendees(), attendeeTable));
        TableSupport.rememberColumnWidths(attendeeTable, settings, "allAttendees");
        attendeeTableKeys(attendeeTable);

        nationFilter.setConverter(FilterChoices.converter(code -> code.isEmpty()
                ? messages.getString("delegations.allNations") : model.nationName(code)));
        model.allDelegations().addListener((ListChangeListener<DelegationRow>) c -> FilterChoices.refill(nationFilter,
                model.allDelegations().stream().map(DelegationRow::nation).toList()));
        FilterChoices.refill(nationFilter, List.of());
        FilterChoices.bind(nationFilter, model.nationFilterProperty(), code -> code, code -> code);
        roleFilter.setConverter(FilterChoices.converter(name -> name.isEmpty()
                ? messages.getString("delegations.allRoles") : roleName(Role.valueOf(name))));
        FilterChoices.refill(roleFilter, Arrays.stream(Role.values()).map(Role::name).toList());
        FilterChoices.bind(roleFilter, model.roleFilterProperty(), Role::valueOf, Role::name);
        nameFilter.textProperty().bindBidirectional(model.nameFilterProperty());
        emailFilter.textProperty().bindBidirectional(model.emailFilterProperty());
        filteredCount.textProperty().bind(Bindings.createStringBinding(() -> Messages.format(messages,
                "delegations.count", model.attendees().size(), model.totalAttendees().get()), model.attendees(), model.totalAttendees()));
    }

    /** Selecting a row shows it in the form; Delete deletes it; Enter goes to the form. */
    private void attendeeTableKeys(TableView<AttendeeRow> table) {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!syncing && row != null && !model.select(row)) {
                Platform.runLater(() -> selectIn(table, old, r -> old != null && r.id() == old.id()));
            }
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE) {
                model.requestDelete();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                formController.focusFirstField();
                e.consume();
            }
        });
    }

    private void showSelected(Attendee shown) {
        for (TableView<AttendeeRow> table : List.of(memberTable, attendeeTable)) {
            selectIn(table, shown, r -> shown != null && r.id() == shown.id());
        }
    }

    /** Selects the first row that matches without telling the model (it already knows). */
    private <T> void selectIn(TableView<T> table, Object wanted, Predicate<T> matches) {
        syncing = true;
        try {
            if (wanted == null) {
                table.getSelectionModel().clearSelection();
                return;
            }
            T current = table.getSelectionModel().getSelectedItem();
            if (current != null && matches.test(current)) {
                return;
            }
            table.getItems().stream().filter(matches).findFirst().ifPresentOrElse(row -> {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
            }, () -> table.getSelectionModel().clearSelection());
        } finally {
            syncing = false;
        }
    }

    private void bindQuestions() {
        model.pendingDeleteProperty().addListener((obs, old, pending) -> {
            if (pending != null) {
                Platform.runLater(() -> model.confirmDelete(Dialogs.confirmDelete(window(), messages,
                        what(pending.attendee()),
                        Messages.format(messages, "delegations.namedBy", pending.references().size()),
                        pending.references().stream().map(model::describe).toList())));
            }
        });
        model.form().headQuestionProperty().addListener((obs, old, question) -> {
            if (question != null) {
                Platform.runLater(() -> model.form().answerHeadQuestion(HeadMoveDialog.ask(window(), messages,
                        question.former().displayName(), question.mine().displayName(),
                        model.nationName(question.mine().nation()))));
            }
        });
        model.form().conflictProperty().addListener((obs, old, conflict) -> {
            if (conflict != null) {
                Platform.runLater(() -> model.form().resolve(Dialogs.staleEdit(window(), messages,
                        what(conflict.mine()), conflict.deleted())));
            }
        });
    }

    private String what(Attendee attendee) {
        return Messages.format(messages, "delegations.what", attendee.displayName(), model.nationName(attendee.nation()));
    }

    private Window window() {
        return tabs.getScene().getWindow();
    }

    private String statusName(ParticipationStatus status) {
        return messages.getString("participation." + status.name());
    }

    private String roleName(Role role) {
        return messages.getString("role." + role.name());
    }

    private static <T> SortedList<T> sorted(ObservableList<T> rows, TableView<T> table) {
        SortedList<T> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        return sorted;
    }

    private static ReadOnlyObjectWrapper<String> value(String text) {
        return new ReadOnlyObjectWrapper<>(text);
    }

    boolean onDelegationsTab() {
        return tabs.getSelectionModel().getSelectedItem() == delegationsTab;
    }

    void focusFilter() {
        TextField field = onDelegationsTab() ? delegationFilter : nameFilter;
        field.requestFocus();
        field.selectAll();
    }

    void focusForm() {
        formController.focusFirstField();
    }

    @FXML
    private void newAttendee() {
        model.newAttendee();
        focusForm();
    }

    @FXML
    private void importList() {
        importer.accept(null);
    }

    @FXML
    private void delete() {
        model.requestDelete();
    }

    /** A nation's standing in its colour (the classes the nations screen uses); a dash when it has none. */
    private final class StatusCell extends TableCell<DelegationRow, ParticipationStatus> {
        @Override
        protected void updateItem(ParticipationStatus item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeIf(c -> c.startsWith("status-"));
            if (empty) {
                setText(null);
            } else if (item == null) {
                setText(messages.getString("delegations.noStatus"));
                getStyleClass().addAll("status-cell", "status-unrecorded");
            } else {
                setText(statusName(item));
                getStyleClass().addAll("status-cell", "status-" + item.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
        }
    }

    /** A text cell that shows a flag (in the warning style) where the value is missing. */
    private static final class FlaggedCell<S, T> extends TableCell<S, T> {
        private final String flag;
        private final Function<T, String> text;

        FlaggedCell(String flag) {
            this(flag, String::valueOf);
        }

        FlaggedCell(String flag, Function<T, String> text) {
            this.flag = flag;
            this.text = text;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("missing-flag");
            if (empty) {
                setText(null);
            } else if (item == null) {
                // a delegation nobody comes in (a nation that declined) lacks no head
                boolean nobody = getTableRow() != null && getTableRow().getItem() instanceof DelegationRow row
                        && row.size() == 0;
                setText(nobody ? null : flag);
                if (flag != null && !nobody) {
                    getStyleClass().add("missing-flag");
                }
            } else {
                setText(text.apply(item));
            }
        }
    }

    /** The user's role may not change attendees: the editing controls are greyed out. */
    void readOnly() {
        org.summitplanner.ui.common.RoleLimits.disable(newButton, importButton, deleteButton, deleteButton2);
    }
}
