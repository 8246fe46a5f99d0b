package org.summitplanner.ui.main;

import java.io.File;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.summitplanner.model.Summit;
import org.summitplanner.model.SummitOverview;
import org.summitplanner.ui.common.Dialogs;
import org.summitplanner.ui.common.EditHistory;
import org.summitplanner.ui.common.Messages;
import org.summitplanner.ui.common.Screen;
import org.summitplanner.ui.common.ScreenContext;
import org.summitplanner.ui.common.Views;
import org.summitplanner.ui.overview.OverviewController;
import org.summitplanner.ui.overview.OverviewModel;
import org.summitplanner.ui.summit.SummitDialog;

/** Binds the main window to its model; each handler is one call into the model. */
public final class MainController {

    private final MainModel model;
    private final ResourceBundle messages;
    private Stage window;

    @FXML private ComboBox<Summit> summitSwitcher;
    @FXML private BorderPane content;
    @FXML private StackPane busyOverlay;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label busyMessage;
    @FXML private StackPane screenLoading;
    @FXML private Label screenLoadingMessage;
    @FXML private Label statusLabel;
    @FXML private Label databaseLabel;
    @FXML private Label roleLabel;
    @FXML private MenuItem historyItem;
    @FXML private Label errorCount;
    @FXML private Label warningCount;
    @FXML private MenuItem newSummitItem;
    @FXML private MenuItem loadItem;
    @FXML private MenuItem exportItem;
    @FXML private MenuItem editSummitItem;
    @FXML private MenuItem deleteSummitItem;
    @FXML private VBox navigation;
    @FXML private ToggleGroup screens;
    @FXML private MenuItem undoItem;
    @FXML private MenuItem redoItem;
    @FXML private MenuItem newItem;
    @FXML private MenuItem findItem;
    @FXML private MenuItem printItem;

    private static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    private static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Y");

    private final Map<String, Screen> built = new HashMap<>();
    private Screen overview;
    private Screen active;
    /** In the centre while a screen is being built. */
    private final Screen opening = new Screen() {
        private final Region empty = new Region();

        @Override
        public Node view() {
            return empty;
        }
    };
    private long switches;
    private String shownTitle;
    private boolean firstLoad;
    private boolean watching;
    /** What to show in a screen that is being built (another screen sent the user there). */
    private Object revealing;
    private final javafx.beans.property.BooleanProperty loadingWatch = new javafx.beans.property.SimpleBooleanProperty();
    private final javafx.animation.PauseTransition loadingDelay =
            new javafx.animation.PauseTransition(javafx.util.Duration.millis(150));

    public MainController(MainModel model, ResourceBundle messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        summitSwitcher.setItems(model.summits());
        summitSwitcher.valueProperty().bindBidirectional(model.currentSummitProperty());
        summitSwitcher.setCellFactory(list -> new SummitCell(messages.getLocale()));
        summitSwitcher.setButtonCell(new SummitCell(messages.getLocale()));
        summitSwitcher.disableProperty().bind(model.busyProperty());

        busyOverlay.visibleProperty().bind(model.busyProperty());
        // the overlay stops the mouse; keys typed meanwhile must not reach the screens behind it either
        busyOverlay.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.addEventFilter(KeyEvent.ANY, e -> {
                    if (model.busyProperty().get()) {
                        e.consume();
                    }
                });
            }
        });
        busyMessage.textProperty().bind(model.statusProperty());
        loadingWatch.addListener((obs, was, now) -> {
            if (watching) {
                loading(now);
            }
        });
        loadingDelay.setOnFinished(e -> screenLoading.setVisible(loadingWatch.get()));
        statusLabel.textProperty().bind(model.statusProperty());
        databaseLabel.textProperty().bind(model.databaseProperty());

        var noDatabase = Bindings.createBooleanBinding(() -> model.databaseProperty().get().isEmpty(),
                model.databaseProperty());
        newSummitItem.disableProperty().bind(noDatabase.or(model.busyProperty()));
        loadItem.disableProperty().bind(noDatabase.or(model.busyProperty()));
        exportItem.disableProperty().bind(model.currentSummitProperty().isNull().or(model.busyProperty()));
        // what the role may not do is greyed out (the server refuses it anyway)
        var mayNotEditSummits = Bindings.createBooleanBinding(() -> !model.roleProperty().get().mayEditSummit(),
                model.roleProperty());
        newSummitItem.disableProperty().bind(noDatabase.or(model.busyProperty()).or(mayNotEditSummits));
        loadItem.disableProperty().bind(noDatabase.or(model.busyProperty()).or(mayNotEditSummits));
        editSummitItem.disableProperty().bind(exportItem.disableProperty().or(mayNotEditSummits));
        deleteSummitItem.disableProperty().bind(exportItem.disableProperty().or(mayNotEditSummits));
        historyItem.disableProperty().bind(exportItem.disableProperty());
        roleLabel.textProperty().bind(Bindings.createStringBinding(() -> model.databaseProperty().get().startsWith("postgresql:")
                ? Messages.format(messages, "team.role", messages.getString("role." + model.roleProperty().get().label()))
                : "", model.roleProperty(), model.databaseProperty()));

        OverviewController overviewController = new OverviewController(new OverviewModel(model.overviewProperty(),
                model.nations(), messages));
        Node overviewView = Views.load(overviewController, messages);
        overview = () -> overviewView;
        buildNavigation();
        model.contextProperty().addListener((obs, old, context) -> {
            built.clear();
            if (context != null) {
                context.navigator().setHandler(this::navigate);
                showFindingCounts(context);
            }
            showSelectedScreen();
        });
        model.currentSummitProperty().addListener((obs, old, summit) -> showSelectedScreen());
        showSelectedScreen();

        EditHistory history = model.history();
        undoItem.disableProperty().bind(history.canUndoProperty().not());
        redoItem.disableProperty().bind(history.canRedoProperty().not());
        undoItem.textProperty().bind(Bindings.createStringBinding(() -> history.undoDescriptionProperty().get().isEmpty()
                ? messages.getString("menu.edit.undo")
                : MessageFormat.format(messages.getString("menu.edit.undoThis"), history.undoDescriptionProperty().get()),
                history.undoDescriptionProperty()));
        redoItem.textProperty().bind(Bindings.createStringBinding(() -> history.redoDescriptionProperty().get().isEmpty()
                ? messages.getString("menu.edit.redo")
                : MessageFormat.format(messages.getString("menu.edit.redoThis"), history.redoDescriptionProperty().get()),
                history.redoDescriptionProperty()));
        var noSummit = model.currentSummitProperty().isNull();
        newItem.disableProperty().bind(noSummit);
        findItem.disableProperty().bind(noSummit);
        printItem.disableProperty().bind(noSummit);

        model.problemProperty().addListener((obs, old, problem) -> {
            if (problem != null) {
                Platform.runLater(() -> showProblem(problem));
            }
        });
    }

    /** One button per screen; the screens themselves are built when first shown. */
    private void buildNavigation() {
        for (ScreenEntry entry : ScreenEntry.all()) {
            ToggleButton button = new ToggleButton(messages.getString(entry.titleKey()));
            button.setId(entry.id() + "Nav");
            button.setUserData(entry);
            button.setToggleGroup(screens);
            button.setMaxWidth(Double.MAX_VALUE);
            button.getStyleClass().add("nav-button");
            navigation.getChildren().add(button);
        }
        screens.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                showSelectedScreen();
            }
        });
    }

    private void showSelectedScreen() {
        Object entry = screens.getSelectedToggle() == null ? null : screens.getSelectedToggle().getUserData();
        ScreenContext context = model.contextProperty().get();
        long mine = ++switches;
        if (entry instanceof ScreenEntry screen && context != null && model.currentSummitProperty().get() != null) {
            String title = messages.getString(screen.titleKey());
            Screen ready = built.get(screen.id());
            if (ready == null) {
                // building a screen holds the FX thread for a moment: the old screen goes and the sign shows
                // first, and the new one is built once that frame is out
                show(opening, title);
                afterNextFrame(() -> {
                    if (mine == switches) {
                        show(built.computeIfAbsent(screen.id(), id -> screen.factory().apply(context)), title);
                    }
                });
                return;
            }
            show(ready, title);
        } else {
            show(overview, null);
        }
    }

    /** Puts a screen in the centre; the busy sign stays over it while it reads what it shows. */
    private void show(Screen screen, String title) {
        boolean built = active == opening;
        active = screen;
        content.setCenter(screen.view());
        shownTitle = title;
        watching = false;
        loadingWatch.unbind();
        loadingWatch.set(false);
        if (screen == opening) {
            firstLoad = true;
            loading(true);
            return;
        }
        firstLoad = built;
        // the read starts first: the worker reads while this thread styles the new screen (its result is handled
        // after this turn, so the placeholders are hidden before it comes)
        screen.shown();
        showPlaceholders(screen.view(), !firstLoad);
        if (revealing != null) {
            screen.reveal(revealing);
            revealing = null;
        }
        loadingWatch.bind(screen.loadingProperty());
        watching = true;
        loading(loadingWatch.get());
    }

    /**
     * Shows or hides the busy sign. While a screen is opened for the first time it shows at once; a
     * screen that reads again what it shows (after a change) gets it only if that takes a moment, so that
     * quick reloads do not flicker.
     */
    private void loading(boolean now) {
        loadingDelay.stop();
        if (!now) {
            // only a first read hid the placeholders; walking the screen again after every reload would cost
            // the timeline's frame at UN scale (thousands of nodes)
            boolean hidden = firstLoad;
            firstLoad = false;
            screenLoading.setVisible(false);
            if (hidden && active != null && active != opening) {
                showPlaceholders(active.view(), true);
            }
            return;
        }
        screenLoadingMessage.setText(MessageFormat.format(messages.getString(firstLoad ? "status.screenOpening"
                : "status.screenUpdating"), shownTitle == null ? "" : shownTitle));
        if (firstLoad || screenLoading.isVisible()) {
            screenLoading.setVisible(true);
        } else {
            loadingDelay.playFromStart();
        }
    }

    /**
     * Until a screen's first read has ended its lists are empty, and their placeholders ("No agenda items yet:
     * Ctrl+N adds one") would tell the user, under the busy sign, that there is nothing: hidden until then.
     */
    private static void showPlaceholders(Node view, boolean show) {
        if (!show) {
            // a screen just put in the window has no skins yet: a split pane or a tab pane lists its content
            // as children only once its skin is made (by the next pulse's CSS pass, made now instead)
            view.applyCss();
        }
        for (Node node : view.lookupAll(".table-view")) {
            if (node instanceof TableView<?> table && table.getPlaceholder() != null) {
                table.getPlaceholder().setVisible(show);
            }
        }
        for (Node node : view.lookupAll(".tree-table-view")) {
            if (node instanceof TreeTableView<?> table && table.getPlaceholder() != null) {
                table.getPlaceholder().setVisible(show);
            }
        }
        for (Node node : view.lookupAll(".list-view")) {
            if (node instanceof ListView<?> list && list.getPlaceholder() != null) {
                list.getPlaceholder().setVisible(show);
            }
        }
    }

    private void afterNextFrame(Runnable action) {
        javafx.scene.Scene scene = content.getScene();
        if (scene == null) {
            Platform.runLater(action);
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    private static final javafx.css.PseudoClass CHECKING = javafx.css.PseudoClass.getPseudoClass("checking");

    /** The unacknowledged errors and warnings of the current summit, always in the status bar. */
    private void showFindingCounts(ScreenContext context) {
        context.checks().setOnFailure(model::report);
        // until the summit's first check ends there are no counts to show: "checking", not "no errors"
        var result = context.checks().resultProperty();
        errorCount.textProperty().bind(Bindings.createStringBinding(() -> result.get() == null
                ? messages.getString("status.checking")
                : MessageFormat.format(messages.getString("status.findingErrors"), context.checks().errorsProperty().get()),
                result, context.checks().errorsProperty()));
        warningCount.textProperty().bind(Bindings.createStringBinding(() -> MessageFormat.format(
                messages.getString("status.findingWarnings"), context.checks().warningsProperty().get()),
                context.checks().warningsProperty()));
        errorCount.visibleProperty().bind(model.currentSummitProperty().isNotNull());
        warningCount.visibleProperty().bind(model.currentSummitProperty().isNotNull().and(result.isNotNull()));
        warningCount.managedProperty().bind(warningCount.visibleProperty());
        errorCount.pseudoClassStateChanged(CHECKING, result.get() == null);
        result.addListener((obs, old, now) -> errorCount.pseudoClassStateChanged(CHECKING, now == null));
    }

    @FXML
    private void showFindings() {
        navigate("findings", null);
    }

    /** Shows a screen of the navigation bar and, in it, the given thing (see Navigator). */
    private void navigate(String screenId, Object what) {
        for (var toggle : screens.getToggles()) {
            if (toggle.getUserData() instanceof ScreenEntry entry && entry.id().equals(screenId)) {
                toggle.setSelected(true);
                if (what != null && active == opening) {
                    revealing = what;
                } else if (what != null && active != null) {
                    active.reveal(what);
                }
                return;
            }
        }
    }

    @FXML
    private void undo() {
        model.history().undo();
    }

    @FXML
    private void redo() {
        model.history().redo();
    }

    @FXML
    private void newInScreen() {
        active.newItem();
    }

    @FXML
    private void findInScreen() {
        active.focusFilter();
    }

    /** File › Print…: the print screen, where the document is chosen and previewed. */
    @FXML
    private void print() {
        navigation.getChildren().stream().filter(n -> "printNav".equals(n.getId())).findFirst()
                .ifPresent(n -> ((ToggleButton) n).setSelected(true));
    }

    void setWindow(Stage window) {
        this.window = window;
        // Ctrl+Z/Ctrl+Y undo saved edits, except while a text field holds unsaved typing: text
        // fields would otherwise take the keys for their own undo and the menu's would never fire
        window.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean undoKey = UNDO.match(e);
            boolean redoKey = REDO.match(e);
            if (!undoKey && !redoKey) {
                return;
            }
            boolean typing = window.getScene().getFocusOwner() instanceof TextInputControl && active.hasUnsavedEdit();
            if (!typing) {
                e.consume();
                if (undoKey) {
                    model.history().undo();
                } else {
                    model.history().redo();
                }
            }
        });
    }

    ResourceBundle messages() {
        return messages;
    }

    ObservableStringValue titleProperty() {
        return Bindings.createStringBinding(() -> {
            Summit s = model.currentSummitProperty().get();
            return s == null ? messages.getString("app.title")
                    : MessageFormat.format(messages.getString("app.titleWithSummit"),
                            s.nameIn(messages.getLocale()));
        }, model.currentSummitProperty());
    }

    @FXML
    private void newSummit() {
        new SummitDialog(window, null, model.nations(), model.aliases(), messages).showAndWait().ifPresent(model::createSummit);
    }

    @FXML
    private void editSummit() {
        Summit current = model.currentSummitProperty().get();
        if (current != null) {
            new SummitDialog(window, current, model.nations(), model.aliases(), messages).showAndWait()
                    .filter(changed -> !changed.equals(current))
                    .ifPresent(changed -> model.updateSummit(current, changed));
        }
    }

    @FXML
    private void deleteSummit() {
        Summit current = model.currentSummitProperty().get();
        SummitOverview o = model.overviewProperty().get();
        if (current == null || o == null || o.summit().id() != current.id()) {
            return;
        }
        List<String> contents = List.of(
                Messages.format(messages, "deleteSummit.nations", o.nationsTakingPart()),
                Messages.format(messages, "deleteSummit.attendees", o.attendees()),
                Messages.format(messages, "deleteSummit.rooms", o.rooms()),
                Messages.format(messages, "deleteSummit.agenda", o.agendaItems()));
        String what = Messages.format(messages, "deleteSummit.what", current.nameIn(messages.getLocale()));
        if (Dialogs.confirmDelete(window, messages, what, messages.getString("deleteSummit.detail"), contents, true)) {
            model.deleteCurrentSummit();
        }
    }

    @FXML
    private void openDatabase() {
        FileChooser chooser = chooser("dialog.openDatabase", "filter.database", "*.mv.db");
        File file = chooser.showOpenDialog(window);
        if (file != null) {
            model.openDatabase(file.toPath(), false);
        }
    }

    @FXML
    private void connectTeam() {
        connectTeam(new org.summitplanner.ui.team.ConnectModel(model.settings(), messages));
    }

    private void connectTeam(org.summitplanner.ui.team.ConnectModel connect) {
        new org.summitplanner.ui.team.ConnectDialog(window, connect, messages)
                .showAndWait()
                .ifPresent(request -> model.openTeamDatabase(request.address(), request.user(), request.password()));
    }

    /** The window was started on a team database (--db postgresql://...): ask its password, the rest filled in. */
    public void askTeamConnection(String address, String user) {
        var connect = new org.summitplanner.ui.team.ConnectModel(model.settings(), messages);
        connect.fill(address, user);
        javafx.application.Platform.runLater(() -> connectTeam(connect));
    }

    @FXML
    private void showHistory() {
        Summit current = model.currentSummitProperty().get();
        var history = model.auditHistory();
        if (current == null || history == null) {
            return;
        }
        var historyModel = new org.summitplanner.ui.team.HistoryModel(history, model.background(), model::report,
                current.timeZone());
        Runnable load = () -> historyModel.loadSummit(current.id(),
                n -> Messages.format(messages, "history.count", n));
        new org.summitplanner.ui.team.HistoryView(window, historyModel, messages, current.nameIn(messages.getLocale()), load)
                .show();
        load.run();
    }

    @FXML
    private void newDatabase() {
        FileChooser chooser = chooser("dialog.newDatabase", "filter.database", "*.mv.db");
        chooser.setInitialFileName("summits");
        File file = chooser.showSaveDialog(window);
        if (file != null) {
            // "geneva", "geneva.db" and "geneva.mv.db" all mean geneva.mv.db
            String name = file.getName().replaceFirst("(\\.mv)?\\.db$", "");
            Path path = file.toPath().resolveSibling(name + ".mv.db");
            model.openDatabase(path, false);
        }
    }

    @FXML
    private void loadSummitFile() {
        File file = chooser("dialog.loadSummit", "filter.summit", "*.json").showOpenDialog(window);
        if (file != null) {
            model.loadSummitFile(file.toPath());
        }
    }

    @FXML
    private void exportSummitFile() {
        FileChooser chooser = chooser("dialog.exportSummit", "filter.summit", "*.json");
        Summit current = model.currentSummitProperty().get();
        if (current != null) {
            chooser.setInitialFileName(current.name().replaceAll("[^\\p{L}\\p{N} _-]", "").strip() + ".json");
        }
        File file = chooser.showSaveDialog(window);
        if (file != null) {
            model.exportCurrentSummit(file.toPath());
        }
    }

    @FXML
    private void quit() {
        if (mayClose()) {
            window.close();
        }
    }

    /** Asks before closing over typing that was not saved; true when the window may close. */
    boolean mayClose() {
        if (active == null || !active.hasUnsavedEdit()) {
            return true;
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.getString("close.unsaved"),
                new ButtonType(messages.getString("close.discard"), ButtonBar.ButtonData.OK_DONE),
                new ButtonType(messages.getString("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.initOwner(window);
        alert.setHeaderText(messages.getString("close.title"));
        return alert.showAndWait().map(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).orElse(false);
    }

    private FileChooser chooser(String titleKey, String filterKey, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.getString(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.getString(filterKey), pattern));
        return chooser;
    }

    private void showProblem(MainModel.Problem problem) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(window);
        alert.setTitle(problem.title());
        alert.setHeaderText(problem.title());
        TextArea text = new TextArea(problem.message());
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(Math.min(12, problem.message().split("\n").length + 1));
        text.setId("problemText");
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setPrefWidth(640);
        alert.showAndWait();
        model.dismissProblem();
    }

    /** Shows a summit as "name (first day)", its French name in a French window, as the Overview heads it. */
    private static final class SummitCell extends ListCell<Summit> {
        private final Locale locale;

        SummitCell(Locale locale) {
            this.locale = locale;
        }

        @Override
        protected void updateItem(Summit summit, boolean empty) {
            super.updateItem(summit, empty);
            setText(empty || summit == null ? null : summit.nameIn(locale) + "  (" + summit.firstDay() + ")");
        }
    }
}
