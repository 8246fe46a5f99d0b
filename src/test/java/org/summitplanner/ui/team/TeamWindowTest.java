package org.summitplanner.ui.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitplanner.ui.common.Settings;
import org.summitplanner.model.Room;
import org.summitplanner.model.Summit;
import org.summitplanner.model.TeamRole;
import org.summitplanner.service.Services;
import org.summitplanner.store.Database;
import org.summitplanner.store.PgCluster;
import org.summitplanner.store.PgLocation;
import org.summitplanner.ui.main.MainController;
import org.summitplanner.ui.main.MainModel;
import org.summitplanner.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on a team database, headless: a printing-staff user connects, sees its role and the summit
 * actions greyed out; another client's save shows in the window's counts within a second; the History
 * window lists both users' changes. With -Dscreenshots=true it writes assets/screenshots/team-*.png.
 */
class TeamWindowTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private ExecutorService executor;
    private ExecutorService checks;
    private MainModel model;
    private Database owner;

    @AfterEach
    void close() throws Exception {
        if (model != null) {
            robot.interact(model::close);
        }
        FxToolkit.cleanupStages();
        if (checks != null) {
            checks.shutdown();
        }
        if (executor != null) {
            executor.shutdownNow();
        }
        if (owner != null) {
            owner.close();
        }
    }

    @Test
    void aPrintingUserSeesOtherClientsSavesAndTheHistory() throws Exception {
        PgCluster cluster = PgCluster.get();
        PgLocation location = cluster.freshDatabase();
        owner = cluster.openAsSuperuser(location);
        Services ownerServices = Services.of(owner);
        ownerServices.team().setup();
        ownerServices.team().addUser("pia", TeamRole.PRINTING, "printing-secret".toCharArray());
        Summit demo = ownerServices.summits().loadDemo();

        executor = Executors.newSingleThreadExecutor();
        checks = Executors.newSingleThreadExecutor();
        ResourceBundle messages = ResourceBundle.getBundle("org.summitplanner.ui.messages", Locale.ENGLISH);
        Settings settings = new Settings(dir.resolve("settings.properties"));
        settings.putDouble("window.width", 1280);
        settings.putDouble("window.height", 760);
        settings.put(ConnectModel.HOST, "127.0.0.1");
        settings.put(ConnectModel.PORT, Integer.toString(location.port()));
        settings.put(ConnectModel.DATABASE, location.database());
        settings.put(ConnectModel.USER, "pia");
        model = new MainModel(executor, checks, settings, messages);
        FxToolkit.registerPrimaryStage();
        Stage stage = FxToolkit.setupStage(s -> new MainWindow(s, new MainController(model, messages), settings).show());

        // the connect dialog, filled from what was remembered; the password is typed
        ConnectDialog[] dialog = new ConnectDialog[1];
        robot.interact(() -> {
            dialog[0] = new ConnectDialog(stage, new ConnectModel(settings, messages), messages);
            dialog[0].show();
        });
        robot.clickOn("#password").write("printing-secret");
        WaitForAsyncUtils.waitForFxEvents();
        save(dialog[0].getDialogPane().getScene(), "team-connect.png");
        robot.interact(() -> dialog[0].close());

        robot.interact(() -> model.openTeamDatabase(location.toString(), "pia", "printing-secret".toCharArray()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text("#attendeeCount").equals("113"));
        assertEquals("Role: printing staff", text("#roleLabel"));
        assertTrue(menuItem(stage, "New summit…").isDisable(), "printing staff cannot make summits");
        assertTrue(menuItem(stage, "Delete summit…").isDisable());
        assertTrue(!menuItem(stage, "History…").isDisable());

        // another client saves: the window shows it within a second, without anyone touching it
        String rooms = text("#roomCount");
        long start = System.nanoTime();
        ownerServices.rooms().add(demo.id(), new Room(0, "LIVE", "Salle Live", "Annex", 20, 0));
        WaitForAsyncUtils.waitFor(1, TimeUnit.SECONDS,
                () -> text("#roomCount").equals(Integer.toString(Integer.parseInt(rooms) + 1)));
        System.out.println("another client's save shown in the window after "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
        save(stage.getScene(), "team-window.png");

        // the screens grey out what printing staff may not do
        robot.clickOn("#roomsNav");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#newButton").tryQuery().isPresent());
        assertTrue(robot.lookup("#newButton").query().isDisabled(), "no new room for printing staff");
        assertTrue(robot.lookup("#saveButton").query().isDisabled());
        // and their forms can be read, not typed into: nothing becomes an edit the server would refuse
        assertFalse(robot.lookup("#name").queryAs(javafx.scene.control.TextField.class).isEditable());
        robot.clickOn("#nationsNav");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#notes").tryQuery().isPresent());
        assertFalse(robot.lookup("#notes").queryAs(javafx.scene.control.TextArea.class).isEditable());
        assertTrue(robot.lookup("#status").query().isDisabled(), "no change of a nation's status");
        assertTrue(robot.lookup("#setStatusButton").query().isDisabled());
        robot.clickOn("#delegationsNav");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#importButton").tryQuery().isPresent());
        assertTrue(robot.lookup("#importButton").query().isDisabled(), "no import for printing staff");

        // the History window: the owner's changes (the demo, the room), newest first
        robot.interact(() -> menuItem(stage, "History…").fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#historyTable").tryQueryAs(TableView.class)
                .map(t -> !t.getItems().isEmpty()).orElse(false));
        @SuppressWarnings("unchecked")
        TableView<HistoryModel.Row> table = robot.lookup("#historyTable").queryAs(TableView.class);
        HistoryModel.Row newest = table.getItems().get(0);
        assertEquals(PgCluster.SUPERUSER, newest.user());
        assertTrue(newest.what().startsWith("room "), newest.what());
        assertTrue(newest.fields().contains("name: — → Salle Live"), newest.fields());
        save(table.getScene(), "team-history.png");
        // one row's history: the filter "room 12" keeps exactly that row's changes
        String room = newest.what();
        robot.clickOn("#historyFilter").write(room);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, table.getItems().size(), table.getItems().toString());
        assertTrue(table.getItems().stream().allMatch(r -> r.what().equals(room)));
    }

    private String text(String id) {
        return robot.lookup(id).tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    private static MenuItem menuItem(Stage stage, String text) {
        MenuBar bar = (MenuBar) stage.getScene().getRoot().lookup(".menu-bar");
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> text.equals(i.getText()))
                .findFirst().orElseThrow(() -> new AssertionError("no menu item " + text));
    }

    private void save(Scene scene, String name) {
        Path folder = Boolean.getBoolean("screenshots")
                ? Path.of(System.getProperty("screenshots.dir", "assets/screenshots"))
                : dir.resolve("screenshots");
        robot.interact(() -> {
            try {
                Files.createDirectories(folder);
                ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", folder.resolve(name).toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
