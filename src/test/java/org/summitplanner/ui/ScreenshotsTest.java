package org.summitplanner.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.summitplanner.ui.common.Settings;
import org.summitplanner.ui.main.MainController;
import org.summitplanner.ui.main.MainModel;
import org.summitplanner.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes the README's screenshots from the demo summit, headless:
 * {@code mvn test -Dtest=ScreenshotsTest -Dscreenshots=true}. Skipped in ordinary runs.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class ScreenshotsTest {

    /** Screens shot after the overview, by navigation id; each shows its first row chosen. */
    private static final List<String> SCREENS = List.of("nations", "rooms", "agenda");

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();

    @Test
    void everyScreenInEnglishAndTheOverviewInFrench() throws Exception {
        shoot(Locale.ENGLISH, "", true);
        shoot(Locale.FRENCH, "-fr", false);
    }

    private void shoot(Locale locale, String suffix, boolean allScreens) throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        ExecutorService checks = Executors.newSingleThreadExecutor();
        ResourceBundle messages = ResourceBundle.getBundle("org.summitplanner.ui.messages", locale);
        Settings settings = new Settings(dir.resolve("settings" + suffix + ".properties"));
        settings.putDouble("window.width", 1280);
        settings.putDouble("window.height", 760);
        MainModel model = new MainModel(executor, checks, settings, messages);
        Locale before = Locale.getDefault();
        Locale.setDefault(locale);
        try {
            FxToolkit.registerPrimaryStage();
            Stage stage = FxToolkit.setupStage(s -> new MainWindow(s, new MainController(model, messages), settings).show());
            robot.interact(() -> model.openDatabase(dir.resolve("planner" + suffix + ".mv.db"), true));
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> robot.lookup("#attendeeCount").tryQueryAs(Label.class)
                    .map(l -> "113".equals(l.getText())).orElse(false));
            settle();
            save(stage.getScene(), "main-window" + suffix + ".png");
            if (allScreens) {
                for (String screen : SCREENS) {
                    if (robot.lookup("#" + screen + "Nav").tryQuery().isEmpty()) {
                        continue;
                    }
                    robot.clickOn("#" + screen + "Nav");
                    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !firstRows().isEmpty());
                    robot.clickOn(firstRows().get(0));
                    settle();
                    save(stage.getScene(), screen + ".png");
                }
                clickTab("Timeline");
                save(stage.getScene(), "agenda-timeline.png");
                delegations(stage);
                importWizard();
                findings(stage);
                print(stage);
            }
            FxToolkit.cleanupStages();
        } finally {
            Locale.setDefault(before);
            robot.interact(model::close);
            checks.shutdown();
            executor.shutdownNow();
        }
    }

    /** Slovenia's delegation with Lt. Gen. Glavaš in the form, then the "All attendees" tab. */
    private void delegations(Stage stage) throws Exception {
        robot.clickOn("#delegationsNav");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table("#delegationTable").getItems().size() == 36);
        robot.clickOn("#delegationFilter").write("slov");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table("#delegationTable").getItems().size() == 2);
        clickRow("#delegationTable", 1);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table("#memberTable").getItems().size() == 4);
        clickRow("#memberTable", 0);
        robot.clickOn("#delegationFilter");
        settle();
        save(stage.getScene(), "delegations.png");
        clickTab("All attendees");
        save(stage.getScene(), "delegations-all.png");
    }

    /** The demo's findings, grouped by rule, with the room over capacity chosen. */
    @SuppressWarnings("unchecked")
    private void findings(Stage stage) throws Exception {
        robot.clickOn("#findingsNav");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#findingsTable")
                .queryAs(javafx.scene.control.TreeTableView.class).getExpandedItemCount() == 16);
        robot.clickOn(robot.lookup(".tree-table-row-cell").match(n -> ((javafx.scene.control.TreeTableRow<?>) n).getItem()
                instanceof org.summitplanner.ui.findings.FindingRow r
                && r.finding().rule() == org.summitplanner.schedule.Rule.ROOM_OVER_CAPACITY).queryAs(Node.class));
        settle();
        save(stage.getScene(), "findings.png");
    }

    /** The import wizard over the "All attendees" tab, previewing a list with every outcome. */
    private void importWizard() throws Exception {
        Path list = dir.resolve("delegates-mixed.csv");
        Files.writeString(list, "Title,First name,Last name,Country,Email,Position,Role,Head of delegation\n"
                + "Lt. Gen.,Robert,Glavaš,Slovenia,robert.glavas@example.si,Army chief,military,yes\n"
                + "Mme,Claire,Martin,France,claire.martin@example.fr,Conseillère diplomatique,conseiller,non\n"
                + "Dr,Jan,Novák,Czech Republic,jan.novak@example.cz,Deputy Minister of Defence,minister,\n"
                + "Ms,Aoife,Byrne,Ireland,aoife.byrne@example.ie,Defence attaché,military,no\n"
                + "Mme,Claire,Martin,FR,Claire.Martin@EXAMPLE.fr,Conseillère,adviser,\n"
                + "Mr,Hans,Muster,Switzerlnd,hans.muster@example.ch,Observer,official,\n"
                + "Ms,Ana,López,Spain,ana.lopez@,Adviser,adviser,\n"
                + "Mr,John,Smith,USA,john.smith@example.com,Press officer,press,\n");
        robot.clickOn("#importButton2");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#pathField").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#pathField").queryTextInputControl().setText(list.toString()));
        robot.clickOn("#pathField").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#totals").queryAs(Label.class).getText()
                .startsWith("8"));
        settle();
        Scene wizard = robot.lookup("#pathField").query().getScene();
        save(wizard, "import-wizard.png");
        robot.interact(() -> robot.lookup("#filterChoice").queryAs(javafx.scene.control.ComboBox.class)
                .setValue(org.summitplanner.importing.Outcome.ERROR));
        settle();
        save(wizard, "import-wizard-errors.png");
        robot.clickOn("#closeButton");
    }

    /** The print screen previewing Lt. Gen. Glavaš's itinerary. */
    private void print(Stage stage) throws Exception {
        robot.clickOn("#printNav");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".print-page").tryQuery().isPresent());
        choose("#document", "Personal itinerary");
        choose("#nation", "Slovenia");
        choose("#person", "Lt. Gen. Robert Glavaš (Slovenia)");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#status").tryQueryAs(Label.class)
                .map(l -> "One page".equals(l.getText())).orElse(false));
        settle();
        save(stage.getScene(), "print.png");
    }

    private void choose(String combo, String label) throws Exception {
        robot.clickOn(combo);
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<Object> list = robot.lookup(".combo-box-popup .list-view")
                .queryAs(javafx.scene.control.ListView.class);
        robot.interact(() -> list.getItems().stream().filter(i -> label.equals(String.valueOf(i))).findFirst()
                .ifPresent(list::scrollTo));
        robot.clickOn(robot.lookup(".list-cell").match(n -> label.equals(((javafx.scene.control.ListCell<?>) n).getText()))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void clickTab(String text) {
        robot.clickOn(robot.lookup(".tab").match(n -> n.lookup(".tab-label") instanceof Label l
                && l.getText().equals(text)).queryAs(Node.class));
        settle();
    }

    private void clickRow(String table, int index) {
        robot.clickOn(robot.lookup(table + " .table-row-cell")
                .match(n -> ((TableRow<?>) n).getItem() != null && ((TableRow<?>) n).getIndex() == index)
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private <T> TableView<T> table(String query) {
        return robot.lookup(query).queryAs(TableView.class);
    }

    private List<Node> firstRows() {
        return robot.lookup(".table-row-cell").match(n -> n.isVisible() && ((TableRow<?>) n).getItem() != null
                && ((TableRow<?>) n).getIndex() == 0).queryAll().stream().toList();
    }

    private static void settle() {
        try {
            Thread.sleep(800);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void save(Scene scene, String name) {
        robot.interact(() -> {
            try {
                Path folder = Path.of(System.getProperty("screenshots.dir", "assets/screenshots"));
                Files.createDirectories(folder);
                ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png",
                        folder.resolve(name).toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
