package org.summitplanner.ui.findings;

import java.time.LocalDate;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.summitplanner.schedule.Rule;
import org.summitplanner.schedule.Severity;
import org.summitplanner.ui.common.Messages;

/** Binds the findings screen to its model; each handler is one call into the model. */
public final class FindingsController {

    private static final PseudoClass ACKNOWLEDGED = PseudoClass.getPseudoClass("acknowledged");
    private static final PseudoClass GROUP = PseudoClass.getPseudoClass("group");

    private final FindingsModel model;
    private final ResourceBundle messages;

    @FXML private Label summary;
    @FXML private ChoiceBox<FindingsModel.Choice<FindingsModel.Grouping>> groupBy;
    @FXML private ChoiceBox<FindingsModel.Choice<Rule>> ruleFilter;
    @FXML private ChoiceBox<FindingsModel.Choice<Severity>> severityFilter;
    @FXML private ComboBox<FindingsModel.Choice<String>> nationFilter;
    @FXML private ChoiceBox<FindingsModel.Choice<LocalDate>> dayFilter;
    @FXML private CheckBox showAcknowledged;
    @FXML private TreeTableView<Object> table;
    @FXML private TreeTableColumn<Object, Object> severityColumn;
    @FXML private TreeTableColumn<Object, String> ruleColumn;
    @FXML private TreeTableColumn<Object, String> messageColumn;
    @FXML private TreeTableColumn<Object, String> involvesColumn;
    @FXML private TreeTableColumn<Object, String> acknowledgedColumn;
    @FXML private Label detail;
    @FXML private MenuButton goToButton;
    @FXML private Button acknowledgeButton;
    @FXML private Button withdrawButton;

    public FindingsController(FindingsModel model, ResourceBundle messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        summary.textProperty().bind(model.summaryProperty());
        bind(groupBy, model.groupings(), model.groupingProperty());
        bind(ruleFilter, model.ruleChoices(), model.ruleProperty());
        bind(severityFilter, model.severityChoices(), model.severityProperty());
        nationFilter.setItems(model.nationChoices());
        nationFilter.valueProperty().bindBidirectional(model.nationProperty());
        bind(dayFilter, model.dayChoices(), model.dayProperty());
        showAcknowledged.selectedProperty().bindBidirectional(model.showAcknowledgedProperty());

        table.setShowRoot(false);
        table.setRoot(new TreeItem<>());
        severityColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue()));
        severityColumn.setCellFactory(c -> new SeverityCell());
        text(ruleColumn, row -> row.rule());
        text(messageColumn, FindingRow::message);
        text(involvesColumn, FindingRow::involves);
        text(acknowledgedColumn, row -> row.acknowledged() ? "\u2713 " + row.reason() : "");
        table.setRowFactory(t -> new FindingTreeRow());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, item) ->
                model.select(item != null && item.getValue() instanceof FindingRow row ? row : null));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.goTo(model.selectedProperty().get());
            }
        });
        model.groups().addListener((ListChangeListener<FindingsModel.Group>) c -> showGroups());
        model.selectedProperty().addListener((obs, old, row) -> showSelected(row));
        showGroups();
        showSelected(null);
    }

    private static <T> void bind(ChoiceBox<T> box, ObservableList<T> items, ObjectProperty<T> value) {
        box.setItems(items);
        box.valueProperty().bindBidirectional(value);
    }

    private static void text(TreeTableColumn<Object, String> column, Function<FindingRow, String> value) {
        column.setCellValueFactory(c -> {
            Object v = c.getValue().getValue();
            if (v instanceof FindingRow row) {
                return new ReadOnlyStringWrapper(value.apply(row));
            }
            return new ReadOnlyStringWrapper(column.getId().equals("ruleColumn") && v instanceof FindingsModel.Group g
                    ? g.title() + "  (" + g.rows().size() + ")" : "");
        });
    }

    /** One heading per group, expanded, the findings under it; the chosen finding stays chosen. */
    private void showGroups() {
        TreeItem<Object> root = table.getRoot();
        root.getChildren().clear();
        FindingRow chosen = model.selectedProperty().get();
        TreeItem<Object> again = null;
        for (FindingsModel.Group group : model.groups()) {
            TreeItem<Object> heading = new TreeItem<>(group);
            heading.setExpanded(true);
            for (FindingRow row : group.rows()) {
                TreeItem<Object> leaf = new TreeItem<>(row);
                heading.getChildren().add(leaf);
                if (row == chosen) {
                    again = leaf;
                }
            }
            root.getChildren().add(heading);
        }
        if (again != null) {
            table.getSelectionModel().select(again);
        }
    }

    private void showSelected(FindingRow row) {
        detail.setText(row == null ? messages.getString("findings.chooseOne") : row.message()
                + (row.acknowledged() ? "\n" + Messages.format(messages, "findings.acknowledgedBecause", row.reason()) : ""));
        goToButton.getItems().clear();
        if (row != null) {
            for (FindingRow.Target target : row.targets()) {
                MenuItem item = new MenuItem(target.label());
                item.setOnAction(e -> model.goTo(target));
                goToButton.getItems().add(item);
            }
        }
        goToButton.setDisable(goToButton.getItems().isEmpty());
        acknowledgeButton.setDisable(row == null || row.acknowledged());
        withdrawButton.setDisable(row == null || !row.acknowledged());
    }

    @FXML
    private void acknowledge() {
        FindingRow row = model.selectedProperty().get();
        if (row == null) {
            return;
        }
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(table.getScene().getWindow());
        dialog.setTitle(messages.getString("findings.acknowledge.title"));
        dialog.setHeaderText(row.message());
        TextArea reason = new TextArea(row.reason());
        reason.setId("acknowledgeReason");
        reason.setWrapText(true);
        reason.setPrefRowCount(3);
        reason.setPromptText(messages.getString("findings.acknowledge.prompt"));
        Label label = new Label(messages.getString("findings.acknowledge.reason"));
        label.setLabelFor(reason);
        Label lapses = new Label(messages.getString("findings.acknowledge.lapses"));
        lapses.setWrapText(true);
        lapses.getStyleClass().add("hint");
        dialog.getDialogPane().setContent(new VBox(6, label, reason, lapses));
        ButtonType ok = new ButtonType(messages.getString("findings.acknowledge.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, new ButtonType(messages.getString("button.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(reason.textProperty().isEmpty());
        dialog.getDialogPane().setPrefWidth(560);
        dialog.setResultConverter(b -> b == ok ? reason.getText() : null);
        reason.requestFocus();
        dialog.showAndWait().ifPresent(model::acknowledge);
    }

    @FXML
    private void withdraw() {
        model.withdraw();
    }

    @FXML
    private void refresh() {
        model.reload();
    }

    /** Double-click goes to the finding's first target; headings and acknowledged rows look different. */
    private final class FindingTreeRow extends TreeTableRow<Object> {
        FindingTreeRow() {
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && getItem() instanceof FindingRow row) {
                    model.goTo(row);
                }
            });
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            pseudoClassStateChanged(GROUP, !empty && item instanceof FindingsModel.Group);
            pseudoClassStateChanged(ACKNOWLEDGED, !empty && item instanceof FindingRow row && row.acknowledged());
        }
    }

    /** A coloured dot and the severity's word. */
    private static final class SeverityCell extends TreeTableCell<Object, Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || !(item instanceof FindingRow row)) {
                setText(null);
                setGraphic(null);
                return;
            }
            Circle dot = new Circle(5);
            dot.getStyleClass().setAll(row.finding().severity() == Severity.ERROR ? "finding-error-dot" : "finding-warning-dot");
            setGraphic(dot);
            setText(row.severity());
        }
    }

    /** The user's role may not acknowledge findings. */
    void readOnly() {
        org.summitplanner.ui.common.RoleLimits.disable(acknowledgeButton, withdrawButton);
    }
}
