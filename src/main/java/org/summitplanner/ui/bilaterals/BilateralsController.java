package org.summitplanner.ui.bilaterals;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import org.summitplanner.model.BilateralRequest;
import org.summitplanner.model.BilateralStatus;
import org.summitplanner.ui.bilaterals.BilateralsModel.ProposalRow;
import org.summitplanner.ui.common.TableSupport;

/** Binds the bilaterals screen to its model; each handler is one call into the model. */
public final class BilateralsController {

    private final BilateralsModel model;
    private final ResourceBundle messages;

    @FXML private TableView<BilateralRequest> table;
    @FXML private TableColumn<BilateralRequest, String> nationColumn;
    @FXML private TableColumn<BilateralRequest, String> withColumn;
    @FXML private TableColumn<BilateralRequest, Integer> minutesColumn;
    @FXML private TableColumn<BilateralRequest, Integer> priorityColumn;
    @FXML private TableColumn<BilateralRequest, String> languagesColumn;
    @FXML private TableColumn<BilateralRequest, String> statusColumn;
    @FXML private Button deleteButton;
    @FXML private GridPane form;
    @FXML private ComboBox<String> nation;
    @FXML private ComboBox<String> withNation;
    @FXML private TextField minutes;
    @FXML private ComboBox<Integer> priority;
    @FXML private TextField languages;
    @FXML private TextField notes;
    @FXML private Button saveButton;
    @FXML private Button revertButton;
    @FXML private Label formProblem;
    @FXML private Label notice;
    @FXML private Spinner<Integer> seconds;
    @FXML private Button proposeButton;
    @FXML private Button cancelButton;
    @FXML private ProgressBar progress;
    @FXML private Label summary;
    @FXML private Label roomWarning;
    @FXML private Label proposalPlaceholder;
    @FXML private TableView<ProposalRow> proposal;
    @FXML private TableColumn<ProposalRow, String> timeColumn;
    @FXML private TableColumn<ProposalRow, String> roomColumn;
    @FXML private TableColumn<ProposalRow, String> meetingColumn;
    @FXML private TableColumn<ProposalRow, String> noteColumn;
    @FXML private Button acceptAllButton;
    @FXML private Button acceptSelectedButton;

    public BilateralsController(BilateralsModel model, ResourceBundle messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        nationColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.nationName(c.getValue().nation())));
        withColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.nationName(c.getValue().withNation())));
        minutesColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().minutes()));
        priorityColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().priority()));
        languagesColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.join(", ", c.getValue().languages())));
        statusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.status(c.getValue())));
        // "demandée" whole: the status is what a reader scans the list for
        TableSupport.fitTexts(statusColumn, Arrays.stream(BilateralStatus.values())
                .map(st -> messages.getString("bilaterals.status." + st.name())).toList(), false);
        table.setItems(model.requests());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null && (model.selectedProperty().get() == null || model.selectedProperty().get().id() != row.id()
                    || !model.dirtyProperty().get())) {
                model.select(row);
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                model.delete();
                e.consume();
            }
        });
        deleteButton.disableProperty().bind(model.selectedProperty().isNull());

        for (ComboBox<String> box : List.of(nation, withNation)) {
            box.setItems(model.nationCodes());
            box.setCellFactory(list -> new NationCell());
            box.setButtonCell(new NationCell());
        }
        nation.valueProperty().bindBidirectional(model.nationProperty());
        withNation.valueProperty().bindBidirectional(model.withNationProperty());
        minutes.setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().matches("\\d{0,3}") ? c : null));
        minutes.textProperty().bindBidirectional(model.minutesProperty());
        priority.getItems().setAll(1, 2, 3, 4, 5);
        priority.valueProperty().bindBidirectional(model.priorityProperty());
        languages.textProperty().bindBidirectional(model.languagesProperty());
        notes.textProperty().bindBidirectional(model.notesProperty());
        form.disableProperty().bind(model.selectedProperty().isNull().and(model.editingNewProperty().not()));
        saveButton.disableProperty().bind(model.validProperty().not().or(model.dirtyProperty().not()));
        revertButton.disableProperty().bind(model.dirtyProperty().not());
        formProblem.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            String problem = model.problemProperty().get();
            return problem == null ? "" : problem;
        }, model.problemProperty()));
        notice.textProperty().bind(model.noticeProperty());

        proposeButton.disableProperty().bind(model.proposingProperty());
        cancelButton.disableProperty().bind(model.proposingProperty().not());
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.proposingProperty());
        summary.textProperty().bind(model.summaryProperty());
        roomWarning.textProperty().bind(model.roomWarningProperty());
        roomWarning.visibleProperty().bind(model.roomWarningProperty().isNotEmpty());
        roomWarning.managedProperty().bind(roomWarning.visibleProperty());
        proposalPlaceholder.textProperty().bind(model.placeholderProperty());
        timeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.time(c.getValue())));
        roomColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.room(c.getValue())));
        meetingColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.meeting(c.getValue())));
        noteColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.note(c.getValue())));
        // a long note (several interpreters) is cut in its column: the whole of it on hover
        noteColumn.setCellFactory(column -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new javafx.scene.control.Tooltip(item));
            }
        });
        proposal.setItems(model.proposalRows());
        proposal.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        acceptAllButton.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.proposalRows())
                .or(model.proposingProperty()));
        acceptSelectedButton.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(
                proposal.getSelectionModel().getSelectedItems()).or(model.proposingProperty()));
    }

    private final class NationCell extends ListCell<String> {
        @Override
        protected void updateItem(String code, boolean empty) {
            super.updateItem(code, empty);
            setText(empty || code == null ? null : model.nationName(code) + " (" + code + ")");
        }
    }

    @FXML
    private void newRequest() {
        model.newRequest();
        nation.requestFocus();
    }

    @FXML
    private void delete() {
        model.delete();
    }

    @FXML
    private void save() {
        model.save();
    }

    @FXML
    private void revert() {
        model.revert();
    }

    @FXML
    private void propose() {
        model.propose(Duration.ofSeconds(seconds.getValue()));
    }

    @FXML
    private void cancel() {
        model.cancel();
    }

    @FXML
    private void acceptAll() {
        model.acceptAll();
    }

    @FXML
    private void acceptSelected() {
        model.accept(List.copyOf(proposal.getSelectionModel().getSelectedItems()));
    }
}
