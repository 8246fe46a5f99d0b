package org.summitplanner.ui.seating;

import java.io.File;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.SeatingLayout;
import org.summitplanner.printing.Paper;
import org.summitplanner.service.BadgeService;

/** Binds the seating screen to its model; the save dialog is asked here, the work is the model's. */
public final class SeatingController {

    /** Asks where to save; the native dialog, or an answer given by a test. */
    @FunctionalInterface
    interface SaveDialog {
        File ask(FileChooser chooser, Window owner);
    }

    private final SeatingModel model;
    private final ResourceBundle messages;
    private SaveDialog saveDialog = FileChooser::showSaveDialog;
    private SeatingModel.SchemeAsker schemeAsker = this::askScheme;
    private PlanPane plan;

    @FXML private ComboBox<AgendaItem> item;
    @FXML private ComboBox<SeatingLayout> layout;
    @FXML private ComboBox<Paper> paper;
    @FXML private Button generateButton;
    @FXML private Button printPlanButton;
    @FXML private ScrollPane planScroll;
    @FXML private ListView<String> problems;
    @FXML private Label status;
    @FXML private ProgressBar progress;
    @FXML private Button cancelButton;
    @FXML private Button badgesButton;
    @FXML private Button tentCardsButton;

    public SeatingController(SeatingModel model, ResourceBundle messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        plan = new PlanPane(model::swap, model::nationName, messages.getString("seating.stage"));
        // tests find the controller here to answer its save dialog
        planScroll.getProperties().put(SeatingController.class, this);
        // the whole plan in view: its drawing (not the empty pane round it) scaled to the space the window
        // gives it, keeping its proportions, centred
        javafx.scene.layout.StackPane holder = new javafx.scene.layout.StackPane(new javafx.scene.Group(plan));
        holder.getStyleClass().add("seating-plan-holder");
        planScroll.setContent(holder);
        planScroll.setFitToWidth(true);
        planScroll.setFitToHeight(true);
        planScroll.viewportBoundsProperty().addListener(obs -> fit());
        plan.drawnProperty().addListener(obs -> fit());
        item.setItems(model.items());
        item.valueProperty().bindBidirectional(model.itemProperty());
        item.setConverter(new StringConverter<>() {
            @Override
            public String toString(AgendaItem i) {
                return i == null ? "" : i.titleIn(messages.getLocale());
            }

            @Override
            public AgendaItem fromString(String s) {
                return null;
            }
        });
        layout.getItems().setAll(SeatingLayout.values());
        layout.valueProperty().bindBidirectional(model.layoutProperty());
        layout.setConverter(new StringConverter<>() {
            @Override
            public String toString(SeatingLayout l) {
                return l == null ? "" : messages.getString("seating.layout." + l.name());
            }

            @Override
            public SeatingLayout fromString(String s) {
                return null;
            }
        });
        paper.getItems().setAll(Paper.values());
        paper.setValue(Paper.A4);
        problems.setItems(model.problems());
        status.textProperty().bind(model.statusProperty());
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(model.busyProperty());
        cancelButton.visibleProperty().bind(model.busyProperty());
        cancelButton.managedProperty().bind(model.busyProperty());
        badgesButton.disableProperty().bind(model.busyProperty());
        tentCardsButton.disableProperty().bind(model.busyProperty());
        generateButton.disableProperty().bind(model.itemProperty().isNull());
        printPlanButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.busyProperty().get() || model.shownProperty().get() == null
                        || model.shownProperty().get().plan() == null,
                model.shownProperty(), model.busyProperty()));
        model.shownProperty().addListener((obs, old, now) -> plan.show(now == null ? null : now.plan(),
                now == null ? null : now.content()));
    }

    /** Scales the plan's drawing to fit the viewport (a clip keeps the empty rest of the pane out of the layout). */
    private void fit() {
        javafx.geometry.Bounds view = planScroll.getViewportBounds();
        javafx.geometry.Bounds drawn = plan.drawnProperty().get();
        if (view == null || view.getWidth() <= 0 || view.getHeight() <= 0) {
            return;
        }
        // a pixel short of the viewport: exactly its size would round over it and bring in a scroll bar
        double scale = Math.max(0.3, Math.min((view.getWidth() - 2) / drawn.getWidth(),
                (view.getHeight() - 2) / drawn.getHeight()));
        plan.setClip(new javafx.scene.shape.Rectangle(drawn.getMinX(), drawn.getMinY(), drawn.getWidth(), drawn.getHeight()));
        plan.getTransforms().setAll(new javafx.scene.transform.Scale(scale, scale));
    }

    @FXML
    private void generate() {
        model.generate();
    }

    @FXML
    private void editBadges() {
        model.editBadges(schemeAsker);
    }

    private org.summitplanner.model.BadgeScheme askScheme(org.summitplanner.model.BadgeScheme scheme,
                                                          java.util.List<String> delegations) {
        return new BadgesDialog(planScroll.getScene() == null ? null : planScroll.getScene().getWindow(), scheme,
                delegations, model::nationName, messages, model.notTakingPartProperty().get(),
                model.takingPartOnlyProperty()).showAndWait().orElse(null);
    }

    /** Lets a test answer the badges dialog (or look at it before it is shown). */
    void setSchemeAsker(SeatingModel.SchemeAsker asker) {
        this.schemeAsker = asker;
    }

    @FXML
    private void cancel() {
        model.cancel();
    }

    @FXML
    private void printPlan() {
        File file = ask("seating-plan");
        if (file != null) {
            model.printPlan(file.toPath(), paper.getValue());
        }
    }

    @FXML
    private void printBadges() {
        File file = ask("badges");
        if (file != null) {
            model.printCards(file.toPath(), BadgeService.Kind.BADGES, paper.getValue());
        }
    }

    @FXML
    private void printTentCards() {
        File file = ask("tent-cards");
        if (file != null) {
            model.printCards(file.toPath(), BadgeService.Kind.TENT_CARDS, paper.getValue());
        }
    }

    private File ask(String name) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.getString("seating.chooser"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.getString("seating.filter.pdf"),
                "*.pdf"));
        chooser.setInitialFileName(name + "-" + messages.getLocale().getLanguage().toLowerCase(Locale.ROOT) + ".pdf");
        return saveDialog.ask(chooser, planScroll.getScene() == null ? null : planScroll.getScene().getWindow());
    }

    void setSaveDialog(SaveDialog dialog) {
        this.saveDialog = dialog;
    }
}
