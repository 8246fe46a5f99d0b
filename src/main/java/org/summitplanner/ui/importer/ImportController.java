package org.summitplanner.ui.importer;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.summitplanner.importing.ImportField;
import org.summitplanner.importing.Outcome;
import org.summitplanner.importing.PlannedRow;
import org.summitplanner.model.Attendee;

/** Binds the import wizard's view to its model; each handler is one call into the model. */
final class ImportController {

    private final ImportModel model;
    private final ResourceBundle messages;
    private final Runnable closer;

    @FXML private javafx.scene.layout.BorderPane root;
    @FXML private TextField pathField;
    @FXML private Button chooseButton;
    @FXML private Label sheetLabel;
    @FXML private ComboBox<String> sheetChoice;
    @FXML private TableView<MappingRow> mappingTable;
    @FXML private TableColumn<MappingRow, String> headerColumn;
    @FXML private TableColumn<MappingRow, ImportField> fieldColumn;
    @FXML private TableColumn<MappingRow, String> sampleColumn;
    @FXML private Label totals;
    @FXML private ComboBox<Outcome> filterChoice;
    @FXML private TableView<PlannedRow> previewTable;
    @FXML private TableColumn<PlannedRow, Number> rowColumn;
    @FXML private TableColumn<PlannedRow, Outcome> outcomeColumn;
    @FXML private TableColumn<PlannedRow, String> nationColumn;
    @FXML private TableColumn<PlannedRow, String> nameColumn;
    @FXML private TableColumn<PlannedRow, String> emailColumn;
    @FXML private TableColumn<PlannedRow, String> detailsColumn;
    @FXML private ProgressBar progress;
    @FXML private Label status;
    @FXML private CheckBox skipErrors;
    @FXML private Button reportButton;
    @FXML private Button cancelButton;
    @FXML private Button commitButton;
    @FXML private Button closeButton;

    ImportController(ImportModel model, ResourceBundle messages, Runnable closer) {
        this.model = model;
        this.messages = messages;
        this.closer = closer;
    }

    @FXML
    private void initialize() {
        pathField.textProperty().bindBidirectional(model.pathProperty());
        pathField.disableProperty().bind(model.busyProperty().or(model.committedProperty()));
        chooseButton.disableProperty().bind(pathField.disableProperty());
        sheetChoice.setItems(model.sheets());
        sheetChoice.valueProperty().bindBidirectional(model.sheetProperty());
        sheetChoice.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.sheets()));
        sheetLabel.visibleProperty().bind(sheetChoice.visibleProperty());
        sheetChoice.disableProperty().bind(pathField.disableProperty());
        sheetChoice.setOnAction(e -> model.sheetChosen());

        mappingTable.setItems(model.mapping());
        mappingTable.disableProperty().bind(pathField.disableProperty());
        headerColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().header()));
        sampleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().sample()));
        fieldColumn.setCellValueFactory(c -> c.getValue().fieldProperty());
        fieldColumn.setCellFactory(c -> new FieldCell());

        List<Outcome> filters = new ArrayList<>();
        filters.add(null);
        filters.addAll(List.of(Outcome.values()));
        filterChoice.setItems(FXCollections.observableArrayList(filters));
        filterChoice.setConverter(converter(o -> o == null ? messages.getString("import.all")
                : messages.getString("outcome." + o.name())));
        filterChoice.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Outcome item, boolean empty) {
                super.updateItem(item, empty);
                setText(filterChoice.getConverter().toString(item));
            }
        });
        filterChoice.valueProperty().bindBidirectional(model.filterProperty());
        totals.textProperty().bind(model.totalsProperty());

        previewTable.setItems(model.shownRows());
        // the details take what the other columns leave
        previewTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        rowColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().row()));
        outcomeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().outcome()));
        outcomeColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Outcome item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.getString("outcome." + item.name()));
            }
        });
        nationColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(attendee(c.getValue()).map(Attendee::nation).orElse("")));
        // an error row has no attendee: show the row as it is in the file instead
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(attendee(c.getValue()).map(Attendee::displayName)
                .orElse(String.join(" | ", c.getValue().cells().stream().filter(x -> !x.isBlank()).toList()))));
        emailColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(attendee(c.getValue()).map(Attendee::email).orElse("")));
        detailsColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(details(c.getValue())));
        detailsColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        previewTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PlannedRow item, boolean empty) {
                super.updateItem(item, empty);
                for (Outcome o : Outcome.values()) {
                    getStyleClass().remove("import-" + o.name().toLowerCase(java.util.Locale.ROOT));
                }
                if (!empty && item != null) {
                    getStyleClass().add("import-" + item.outcome().name().toLowerCase(java.util.Locale.ROOT));
                }
            }
        });

        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(model.busyProperty());
        status.textProperty().bind(model.statusProperty());
        model.failedProperty().addListener((obs, old, now) -> {
            status.getStyleClass().remove("import-failed");
            if (now) {
                status.getStyleClass().add("import-failed");
            }
        });
        skipErrors.selectedProperty().bindBidirectional(model.skipErrorsProperty());
        skipErrors.disableProperty().bind(model.busyProperty().or(model.committedProperty()));
        commitButton.disableProperty().bind(model.canCommitProperty().not());
        cancelButton.disableProperty().bind(model.busyProperty().not());
        reportButton.disableProperty().bind(model.busyProperty().or(javafx.beans.binding.Bindings.isEmpty(model.shownRows())
                .and(model.filterProperty().isNull())));
        closeButton.disableProperty().bind(model.busyProperty());

        // a file dropped anywhere on the wizard opens it
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && !model.busyProperty().get()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (ok) {
                model.open(e.getDragboard().getFiles().get(0).toPath());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private static java.util.Optional<Attendee> attendee(PlannedRow row) {
        return java.util.Optional.ofNullable(row.attendee());
    }

    private String details(PlannedRow row) {
        return switch (row.outcome()) {
            // a new spelling of a name shows both, so that no stored name changes unseen
            case UPDATE -> join(model.text("import.changes", String.join(", ", row.changes().stream()
                    .map(f -> switch (f) {
                        case GIVEN_NAME -> model.text("import.renamed", messages.getString("field." + f.name()),
                                row.before().givenName(), row.attendee().givenName());
                        case FAMILY_NAME -> model.text("import.renamed", messages.getString("field." + f.name()),
                                row.before().familyName(), row.attendee().familyName());
                        default -> messages.getString("field." + f.name());
                    }).toList())), row);
            case DUPLICATE -> join(model.text("import.duplicateOf", row.duplicateOf()), row);
            case NOT_A_PERSON -> row.message();
            default -> row.problems().isEmpty() ? join("", row) : row.message();
        };
    }

    private static String join(String first, PlannedRow row) {
        List<String> parts = new ArrayList<>();
        if (!first.isEmpty()) {
            parts.add(first);
        }
        parts.addAll(row.warnings());
        return String.join("; ", parts);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException();
            }
        };
    }

    /** The field of a column, chosen from a list; "(ignored)" leaves the column out. */
    private final class FieldCell extends TableCell<MappingRow, ImportField> {
        private final ComboBox<ImportField> choice = new ComboBox<>();

        FieldCell() {
            List<ImportField> fields = new ArrayList<>();
            fields.add(null);
            fields.addAll(List.of(ImportField.values()));
            choice.setItems(FXCollections.observableArrayList(fields));
            choice.setConverter(converter(f -> f == null ? messages.getString("import.ignored")
                    : messages.getString("field." + f.name())));
            choice.setButtonCell(new ListCell<>() {
                @Override
                protected void updateItem(ImportField item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(choice.getConverter().toString(item));
                }
            });
            choice.setMaxWidth(Double.MAX_VALUE);
            choice.setOnAction(e -> {
                MappingRow row = getTableRow() == null ? null : getTableRow().getItem();
                if (row != null && row.fieldProperty().get() != choice.getValue()) {
                    model.fieldChosen(row, choice.getValue());
                }
            });
        }

        @Override
        protected void updateItem(ImportField item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || getTableRow() == null || getTableRow().getItem() == null) {
                setGraphic(null);
            } else {
                choice.setValue(item);
                setGraphic(choice);
            }
        }
    }

    @FXML
    private void openTyped() {
        model.openTyped();
    }

    @FXML
    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.getString("import.chooseTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.getString("import.filterFiles"),
                "*.csv", "*.tsv", "*.txt", "*.xlsx", "*.CSV", "*.XLSX"));
        File file = chooser.showOpenDialog(pathField.getScene().getWindow());
        if (file != null) {
            model.open(file.toPath());
        }
    }

    @FXML
    private void saveReport() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.getString("import.filterReport"),
                "*.csv"));
        chooser.setInitialFileName("import-report.csv");
        File file = chooser.showSaveDialog(pathField.getScene().getWindow());
        if (file != null) {
            model.saveReport(Path.of(file.getPath()));
        }
    }

    @FXML
    private void cancel() {
        model.cancel();
    }

    @FXML
    private void commit() {
        model.commit();
    }

    @FXML
    private void close() {
        closer.run();
    }
}
