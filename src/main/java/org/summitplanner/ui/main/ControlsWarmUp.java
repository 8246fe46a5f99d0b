package org.summitplanner.ui.main;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the one-time costs of the screens' controls off the user's first clicks: while the window waits (the
 * database opening, the overview read), a background thread styles throwaway controls of the kinds the
 * screens use, in a scene of its own that is never shown, with the window's stylesheets. That loads and
 * links their classes (skins, rows, cells, CSS), makes their skins once and runs the CSS engine's code once:
 * the first screen opened then pays less for what every screen needs (decision 0053).
 *
 * <p>JavaFX allows this off the FX thread: a scene and its nodes may be made and changed on any thread until
 * the scene is in a showing window (javadoc of Scene and Node), and the style manager locks what scenes share.
 * It never lays the throwaway scene out: text is measured through state the controls' skins share across
 * threads, which the FX thread may be using at that moment. It touches no live node or model, and stops at
 * the user's first press, key or screen chosen (checked between throwaway scenes).
 */
final class ControlsWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(ControlsWarmUp.class);
    /**
     * Rounds of the whole set. One: more rounds (four were tried, to have the CSS code compiled by the JIT) ran
     * on into the first opens on this 2-core machine and slowed them (decision 0053).
     */
    private static final int ROUNDS = 1;
    private static final int ROWS = 30;
    private static final List<Supplier<Parent>> PARTS = List.of(ControlsWarmUp::table, ControlsWarmUp::treeTable,
            ControlsWarmUp::form);

    private final List<String> stylesheets;
    private volatile boolean stopped;

    ControlsWarmUp(List<String> stylesheets) {
        this.stylesheets = List.copyOf(stylesheets);
    }

    /** Starts it on {@code executor}; the future gives the number of throwaway scenes styled. */
    CompletableFuture<Integer> start(Executor executor) {
        return CompletableFuture.supplyAsync(this::run, executor);
    }

    /** Throwaway scenes styled when all goes well. */
    static int scenes() {
        return ROUNDS * PARTS.size();
    }

    /** The user acts: the rest is left undone (the part under way ends first, a few tens of ms). */
    void stop() {
        stopped = true;
    }

    private int run() {
        long start = System.nanoTime();
        int styled = 0;
        try {
            for (int round = 0; round < ROUNDS; round++) {
                for (Supplier<Parent> part : PARTS) {
                    if (stopped) {
                        LOG.debug("controls warm-up stopped by the user after {} scenes", styled);
                        return styled;
                    }
                    if (style(part.get())) {
                        styled++;
                    }
                }
            }
            LOG.debug("controls warm-up: {} scenes styled in {} ms", styled, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException | LinkageError e) {
            // only speed is lost: the screens style their own controls as before
            LOG.debug("controls warm-up ended early", e);
        }
        return styled;
    }

    /** True if every control of {@code root} has its skin afterwards. */
    private boolean style(Parent root) {
        Scene scene = new Scene(root, 1000, 700);
        scene.getStylesheets().setAll(stylesheets);
        root.applyCss();
        return skinned(root);
    }

    private static boolean skinned(Parent parent) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof Control control && control.getSkin() == null
                    || child instanceof Parent p && !skinned(p)) {
                return false;
            }
        }
        return true;
    }

    /** A table with its header, and rows with their cells as the screens' tables show them (not laid out). */
    private static Parent table() {
        TableView<String[]> table = new TableView<>();
        for (int c = 0; c < 7; c++) {
            int index = c;
            TableColumn<String[], String> column = new TableColumn<>("Column " + c);
            column.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue()[index]));
            table.getColumns().add(column);
        }
        List<String[]> items = new ArrayList<>();
        for (int r = 0; r < ROWS; r++) {
            items.add(new String[] {"Nation " + r, "Confirmed", "2026-12-0" + (r % 9 + 1), "", "12", "Room " + r,
                "Working session " + r});
        }
        table.setItems(FXCollections.observableList(items));
        VBox rows = new VBox();
        for (int r = 0; r < ROWS; r++) {
            TableRow<String[]> row = new TableRow<>();
            row.updateTableView(table);
            row.updateIndex(r);
            rows.getChildren().add(row);
        }
        return new VBox(new HBox(new Label("Nations"), new TextField(), new Button("New")), table, rows);
    }

    /** A tree table (the findings) with group and leaf rows. */
    private static Parent treeTable() {
        TreeTableView<String> table = new TreeTableView<>(new TreeItem<>("root"));
        table.setShowRoot(false);
        for (int c = 0; c < 4; c++) {
            TreeTableColumn<String, String> column = new TreeTableColumn<>("Column " + c);
            column.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().getValue()));
            table.getColumns().add(column);
        }
        TreeItem<String> group = new TreeItem<>("Group");
        group.setExpanded(true);
        for (int r = 0; r < ROWS; r++) {
            group.getChildren().add(new TreeItem<>("Finding " + r));
        }
        table.getRoot().getChildren().add(group);
        VBox rows = new VBox();
        for (int r = 0; r < ROWS; r++) {
            TreeTableRow<String> row = new TreeTableRow<>();
            row.updateTreeTableView(table);
            row.updateIndex(r);
            rows.getChildren().add(row);
        }
        return new VBox(new HBox(new ChoiceBox<>(FXCollections.observableArrayList("Rule", "Day")),
                new ComboBox<>(FXCollections.observableArrayList("All nations")), new CheckBox("Acknowledged")),
                table, rows);
    }

    /** The parts of the screens' forms and frames: split and tab panes, fields, lists, menus. */
    private static Parent form() {
        GridPane grid = new GridPane();
        for (int r = 0; r < 8; r++) {
            grid.addRow(r, new Label("Field " + r), new TextField("Value " + r));
        }
        grid.addRow(8, new Label("Notes"), new TextArea("Notes"));
        grid.addRow(9, new Label("Status"), new ComboBox<>(FXCollections.observableArrayList("Confirmed")));
        ListView<String> list = new ListView<>(FXCollections.observableArrayList("One", "Two", "Three"));
        MenuButton menu = new MenuButton("Go to", null, new MenuItem("Agenda"));
        TabPane tabs = new TabPane(new Tab("List", new VBox(list)), new Tab("Timeline", new Label("Timeline")));
        SplitPane split = new SplitPane(tabs, new ScrollPane(new VBox(grid, new HBox(menu, new Button("Save")))));
        return new VBox(split);
    }
}
