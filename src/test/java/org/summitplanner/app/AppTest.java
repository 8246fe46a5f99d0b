package org.summitplanner.app;

import org.summitplanner.ui.common.Settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real application on a temporary database, as a user starts it the first time. */
class AppTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private Application app;
    private String previousHome;

    @BeforeEach
    void start() throws Exception {
        previousHome = System.getProperty("summitplanner.home");
        System.setProperty("summitplanner.home", dir.resolve("home").toString());
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(SummitPlannerApp.class, "--db=" + dir.resolve("planner.mv.db"));
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        System.setProperty("summitplanner.home", previousHome);
    }

    @Test
    void firstStartAddsTheDemoSummitAndShowsItsCounts() throws Exception {
        // the overview is filled in one FX pulse, but the first start may still be replacing the screen
        // it first built: wait until the screen found is a filled one
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "113".equals(text("#attendeeCount"))
                && !String.valueOf(text("#notInvited")).isEmpty() && !String.valueOf(text("#awaitingReply")).isEmpty());
        assertEquals("Paris conference on security guarantees for Ukraine", text("#title"));
        assertEquals("34", text("#takingPartCount"));
        assertEquals("30", text("#confirmedCount"));
        assertEquals("3", text("#invitedCount"));
        assertEquals("1", text("#observerCount"));
        assertEquals("observer", text("#observerCaption"), "one observer, not \"1 observers\"");
        assertEquals("declined", text("#declinedCaption"));
        assertEquals("1", text("#declinedCount"));
        assertEquals("1", text("#notInvitedCount"));
        assertEquals("12", text("#roomCount"));
        assertEquals("rooms", text("#roomCaption"));
        assertEquals("17", text("#agendaCount"));
        assertEquals("United States", text("#notInvited"));
        assertEquals("Bulgaria, Cyprus, Luxembourg", text("#awaitingReply"));
        assertTrue(text("#place").startsWith("Élysée Palace, Paris"), text("#place"));
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        assertEquals("Paris conference on security guarantees for Ukraine — Summit Planner", stage.getTitle());
        assertTrue(Files.isRegularFile(dir.resolve("planner.mv.db")));
    }

    @Test
    void closingTheWindowRemembersTheDatabaseAndTheSize() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "113".equals(text("#attendeeCount")));
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        robot.interact(() -> {
            stage.setWidth(1000);
            stage.setHeight(700);
        });
        FxToolkit.cleanupApplication(app);
        robot.interact(stage::hide);
        Settings settings = new Settings(dir.resolve("home").resolve("settings.properties"));
        assertEquals(dir.resolve("planner.mv.db").toString(), settings.get("database.last").orElseThrow());
        assertEquals(1000.0, settings.getDouble("window.width").orElseThrow());
        assertEquals(700.0, settings.getDouble("window.height").orElseThrow());
        app = FxToolkit.setupApplication(SummitPlannerApp.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "113".equals(text("#attendeeCount")));
    }

    private String text(String query) {
        return robot.lookup(query).tryQueryAs(Label.class).map(Label::getText).orElse(null);
    }
}
