package org.summitplanner.ui.printing;

import java.io.File;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Pagination;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.effect.DropShadow;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.Room;
import org.summitplanner.printing.DocumentKind;
import org.summitplanner.printing.Orientation;
import org.summitplanner.printing.Paper;
import org.summitplanner.printing.PrintLayout;

/** Binds the print screen to its model; file and print dialogs are asked here, the work is the model's. */
public final class PrintController {

    /** Asks where to save; the native dialog, or an answer given by a test. */
    @FunctionalInterface
    interface SaveDialog {
        File ask(FileChooser chooser, Window owner);
    }

    private final PrintModel model;
    private final ResourceBundle messages;
    private SaveDialog saveDialog = FileChooser::showSaveDialog;
    private Supplier<Printer> defaultPrinter = FxPrinting::defaultPrinter;

    @FXML private ComboBox<Pick<DocumentKind>> document;
    @FXML private ComboBox<Pick<LocalDate>> day;
    @FXML private HBox roomRow;
    @FXML private ComboBox<Pick<Room>> room;
    @FXML private HBox nationRow;
    @FXML private ComboBox<Pick<String>> nation;
    @FXML private HBox personRow;
    @FXML private ComboBox<Pick<Attendee>> person;
    @FXML private ComboBox<Pick<Paper>> paper;
    @FXML private ComboBox<Pick<Orientation>> orientation;
    @FXML private ComboBox<Pick<Locale>> language;
    @FXML private TextField classification;
    @FXML private Button printButton;
    @FXML private Button exportPdfButton;
    @FXML private Button exportCalendarButton;
    @FXML private ProgressBar progress;
    @FXML private Button cancelButton;
    @FXML private Label status;
    @FXML private Label missingGlyphs;
    @FXML private Pagination pages;

    public PrintController(PrintModel model, ResourceBundle messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        bind(document, FXCollections.observableArrayList(model.picks().documents()), model.documentProperty());
        bind(day, model.days(), model.dayProperty());
        bind(room, model.rooms(), model.roomProperty());
        bind(nation, model.nations(), model.nationProperty());
        bind(person, model.people(), model.personProperty());
        bind(paper, FXCollections.observableArrayList(model.picks().papers()), model.paperProperty());
        bind(orientation, FXCollections.observableArrayList(model.picks().orientations()), model.orientationProperty());
        bind(language, FXCollections.observableArrayList(model.picks().languages()), model.languageProperty());
        classification.textProperty().bindBidirectional(model.classificationProperty());

        show(kindIs(DocumentKind.ROOM), roomRow);
        show(kindIs(DocumentKind.DELEGATION, DocumentKind.ITINERARY), nationRow);
        show(kindIs(DocumentKind.ITINERARY), personRow);

        var noPages = model.layoutProperty().isNull();
        printButton.disableProperty().bind(noPages.or(model.busyProperty()));
        exportPdfButton.disableProperty().bind(noPages.or(model.busyProperty()));
        exportCalendarButton.disableProperty().bind(model.calendarPossibleBinding().not().or(model.busyProperty()));
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.busyProperty());
        cancelButton.visibleProperty().bind(model.busyProperty());
        status.textProperty().bind(model.statusProperty());
        missingGlyphs.textProperty().bind(model.missingGlyphsProperty());
        show(model.missingGlyphsProperty().isNotEmpty(), missingGlyphs);

        pages.setPageCount(1);
        pages.setPageFactory(i -> new Label(messages.getString("print.noPages")));
        model.layoutProperty().addListener((obs, old, layout) -> showPages(layout));
        pages.heightProperty().addListener((obs, old, h) -> showPages(model.layoutProperty().get()));
    }

    private static <T> void bind(ComboBox<Pick<T>> box, ObservableList<Pick<T>> items, ObjectProperty<Pick<T>> value) {
        box.setItems(items);
        box.valueProperty().bindBidirectional(value);
    }

    private BooleanBinding kindIs(DocumentKind... kinds) {
        return Bindings.createBooleanBinding(() -> model.documentProperty().get() != null
                && List.of(kinds).contains(model.documentProperty().get().value()), model.documentProperty());
    }

    private static void show(javafx.beans.binding.BooleanExpression when, Node... nodes) {
        for (Node n : nodes) {
            n.visibleProperty().bind(when);
            n.managedProperty().bind(when);
        }
    }

    private void showPages(PrintLayout layout) {
        if (layout == null) {
            return;
        }
        int current = Math.min(pages.getCurrentPageIndex(), layout.pageCount() - 1);
        pages.setPageCount(layout.pageCount());
        pages.setPageFactory(i -> page(layout, i));
        pages.setCurrentPageIndex(Math.max(0, current));
    }

    /** One page, scaled to fit the preview's height with a little room around it. */
    private Node page(PrintLayout layout, int index) {
        double room = Math.max(200, pages.getHeight() - 80);
        double scale = Math.min(room / layout.height(), Math.max(200, pages.getWidth() - 40) / layout.width());
        Node page = FxPageCanvas.page(layout, index);
        page.getTransforms().add(new Scale(scale, scale));
        page.setEffect(new DropShadow(8, Color.gray(0.4)));
        StackPane holder = new StackPane(new Group(page));
        holder.setAlignment(Pos.TOP_CENTER);
        holder.getStyleClass().add("print-page");
        holder.setUserData(index);
        return holder;
    }

    @FXML
    private void print() {
        Printer printer = defaultPrinter.get();
        if (printer == null) {
            noPrinter();
            return;
        }
        PrinterJob job = PrinterJob.createPrinterJob(printer);
        if (job == null) {
            noPrinter();
            return;
        }
        job.getJobSettings().setJobName(fileName());
        if (job.showPrintDialog(window())) {
            model.print(job);
        } else {
            job.cancelJob();
        }
    }

    private void noPrinter() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(window());
        alert.setTitle(messages.getString("print.noPrinterTitle"));
        alert.setHeaderText(messages.getString("print.noPrinter"));
        alert.setContentText(messages.getString("print.noPrinterQuestion"));
        ButtonType save = new ButtonType(messages.getString("print.savePdf"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.getString("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(save, cancel);
        if (alert.showAndWait().filter(b -> b == save).isPresent()) {
            exportPdf();
        }
    }

    @FXML
    private void exportPdf() {
        File file = saveDialog.ask(chooser("print.chooser.pdf", "print.filter.pdf", "*.pdf", fileName() + ".pdf"), window());
        if (file != null) {
            model.exportPdf(file.toPath());
        }
    }

    @FXML
    private void exportCalendar() {
        File file = saveDialog.ask(chooser("print.chooser.ics", "print.filter.ics", "*.ics", fileName() + ".ics"), window());
        if (file != null) {
            model.exportCalendar(file.toPath());
        }
    }

    @FXML
    private void cancel() {
        model.cancel();
    }

    /** "agenda", "itinerary-fr-1": a file name from the choices, without characters file systems refuse. */
    private String fileName() {
        var request = model.request();
        String subject = request.attendeeKey() != null ? request.attendeeKey()
                : request.roomKey() != null ? request.roomKey() : request.nation();
        String name = request.kind().name().toLowerCase(Locale.ROOT)
                + (subject == null ? "" : "-" + subject) + (request.day() == null ? "" : "-" + request.day());
        return name.replaceAll("[^\\p{L}\\p{N}._-]+", "-");
    }

    private FileChooser chooser(String title, String filter, String pattern, String initial) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.getString(title));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.getString(filter), pattern));
        chooser.setInitialFileName(initial);
        return chooser;
    }

    void setSaveDialog(SaveDialog dialog) {
        this.saveDialog = dialog;
    }

    /** Where the printer comes from; a test takes it away to see what a computer without one does. */
    void setDefaultPrinter(Supplier<Printer> printer) {
        this.defaultPrinter = printer;
    }

    private Window window() {
        return pages.getScene() == null ? null : pages.getScene().getWindow();
    }
}
