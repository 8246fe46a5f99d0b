package org.summitplanner.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.Summit;
import org.summitplanner.ui.ScreenTestSupport;
import org.testfx.util.WaitForAsyncUtils;

/** The main window driven as a person would: load files, make a summit, switch between them. */
class MainWindowTest extends ScreenTestSupport {

    @Test
    void aBrokenSummitFileShowsWhereItIsWrongAndChangesNothing() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, """
                { "format": "summit-planner/1",
                  "summit": { "name": "Broken", "hostNation": "FR", "city": "Paris",
                              "firstDay": "2025-03-11", "lastDay": "2025-03-11", "timeZone": "Europe/Paris" },
                  "participations": [ { "nation": "XX", "status": "INVITED" } ] }
                """);
        robot.interact(() -> model.loadSummitFile(broken));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#problemText").tryQuery().isPresent());
        String message = robot.lookup("#problemText").queryAs(TextArea.class).getText();
        assertTrue(message.contains("line 4, column 35, $.participations[0].nation: unknown nation code \"XX\""),
                message);
        robot.type(KeyCode.ENTER);
        assertEquals(1, model.summits().size());
        assertEquals("113", text("#attendeeCount"));
    }

    @Test
    void exportingOverTheOpenDatabaseIsRefusedAndSaysSo() throws Exception {
        Path database = dir.resolve("planner.mv.db");
        robot.interact(() -> model.exportCurrentSummit(database));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#problemText").tryQuery().isPresent());
        String message = robot.lookup("#problemText").queryAs(TextArea.class).getText();
        assertEquals("“" + database + "” was not written: that is the name of a database file. Choose another name.",
                message);
        robot.type(KeyCode.ENTER);
        assertTrue(new String(Files.readAllBytes(database), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1)
                .startsWith("H:2"), "still the database");
    }

    @Test
    void loadingASummitFileAddsItAndShowsIt() throws Exception {
        Path file = dir.resolve("small.json");
        Files.writeString(file, """
                { "format": "summit-planner/1",
                  "summit": { "name": "Small summit", "hostNation": "SI", "city": "Ljubljana",
                              "firstDay": "2025-05-01", "lastDay": "2025-05-02", "timeZone": "Europe/Ljubljana" },
                  "participations": [ { "nation": "SI", "status": "CONFIRMED" }, { "nation": "UA", "status": "INVITED" } ],
                  "attendees": [ { "nation": "SI", "givenName": "Robert", "familyName": "Glavaš", "role": "MILITARY",
                                   "headOfDelegation": true } ] }
                """);
        robot.interact(() -> model.loadSummitFile(file));
        waitForCount("#attendeeCount", "1");
        assertEquals("Small summit", text("#title"));
        assertEquals("2", text("#takingPartCount"));
        assertEquals("1", text("#invitedCount"));
        assertEquals(2, model.summits().size());

        // switching back shows the demo again
        @SuppressWarnings("unchecked")
        ComboBox<Summit> switcher = robot.lookup("#summitSwitcher").queryAs(ComboBox.class);
        robot.clickOn(switcher).type(KeyCode.UP).type(KeyCode.ENTER);
        waitForCount("#attendeeCount", "113");
    }

    private javafx.scene.control.TableView<?> delegationTable() {
        return robot.lookup("#delegationTable").queryAs(javafx.scene.control.TableView.class);
    }

    @Test
    void aScreenSaysItIsOpeningAndNotThatItIsEmptyUntilItHasRead() throws Exception {
        java.util.concurrent.CountDownLatch release = holdDatabaseWorker();
        robot.clickOn("#delegationsNav");
        waitUntil(() -> robot.lookup("#delegationTable").tryQuery().isPresent());
        assertTrue(robot.lookup("#screenLoading").query().isVisible(), "the busy sign shows while it reads");
        assertEquals("Opening Delegations …", text("#screenLoadingMessage"));
        assertTrue(delegationTable().getItems().isEmpty(), "nothing read yet");
        // "No delegations …" would tell the user there is nothing before the read has ended
        assertFalse(delegationTable().getPlaceholder().isVisible(), "the empty table's placeholder is hidden");
        release.countDown();
        waitUntil(() -> !robot.lookup("#screenLoading").query().isVisible());
        assertEquals(36, delegationTable().getItems().size());
        assertTrue(delegationTable().getPlaceholder().isVisible(), "the placeholder is back for when it is empty");
    }

    @Test
    void newSummitDialogRefusesUntilEveryFieldIsRightThenCreatesIt() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#name").tryQuery().isPresent());
        Button ok = robot.lookup(".dialog-pane .button").match(b -> ((Button) b).isDefaultButton()).queryButton();
        assertTrue(ok.isDisabled());

        robot.clickOn("#name").write("Ljubljana defence ministers' meeting");
        robot.clickOn("#host").write("Sloven").type(KeyCode.ENTER);
        robot.clickOn("#city").write("Ljubljana");
        robot.clickOn("#firstDay").write("6/2/2025").type(KeyCode.ENTER);
        robot.clickOn("#lastDay").write("6/1/2025").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(ok.isDisabled(), "last day before first day");
        robot.doubleClickOn("#lastDay").eraseText(10).write("6/3/2025").type(KeyCode.ENTER);
        robot.clickOn("#timeZone").eraseText(40).write("Europe/Ljubljana");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!ok.isDisabled(), "all fields are right");
        robot.clickOn(ok);

        waitForCount("#attendeeCount", "0");
        assertEquals("Ljubljana defence ministers' meeting", text("#title"));
        Summit created = model.currentSummitProperty().get();
        assertEquals("SI", created.hostNation());
        assertEquals(java.time.LocalDate.of(2025, 6, 2), created.firstDay());
        assertEquals(java.time.LocalDate.of(2025, 6, 3), created.lastDay());
        assertEquals("Europe/Ljubljana", created.timeZone().getId());
    }

    @Test
    void anEmptyDatabaseTheUserMadeStaysEmpty() throws Exception {
        Path empty = dir.resolve("empty.mv.db");
        org.summitplanner.store.Database.openFile(empty, st -> { }).close();
        robot.interact(() -> model.openDatabase(empty, true));
        waitUntil(() -> model.summits().isEmpty() && !model.busyProperty().get());
        assertEquals("No summit selected", text("#title"));
    }

    @Test
    void aDatabaseNamedWithoutItsEndingIsCalledByItsFileName() throws Exception {
        // "--db /tmp/x/db" opens db.mv.db: the status bar's two sides name the same file
        Path named = dir.resolve("db");
        robot.interact(() -> model.openDatabase(named, true));
        waitUntil(() -> !model.busyProperty().get() && text("#statusLabel").startsWith("Opened"));
        assertEquals("Opened db.mv.db", text("#statusLabel"));
        assertTrue(text("#databaseLabel").endsWith("db.mv.db"), text("#databaseLabel"));
    }

    @Test
    void summitDetailsCanBeChangedAndTheChangeUndone() throws Exception {
        robot.clickOn("File").clickOn("Summit details…");
        waitUntil(() -> robot.lookup("#city").tryQuery().isPresent());
        assertEquals(summit.name(), robot.lookup("#name").queryTextInputControl().getText());
        assertEquals("France (FR)", robot.lookup("#host").queryTextInputControl().getText());
        replaceText("#name", "Paris security conference, second round");
        replaceText("#city", "Versailles");
        replaceText("#transferMinutes", "45 min");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".dialog-pane .button").match(b -> ((Button) b).isDefaultButton()).queryButton()
                .isDisabled(), "minutes are a whole number");
        replaceText("#transferMinutes", "45");
        answerDialog("OK");

        waitUntil(() -> "Paris security conference, second round".equals(text("#title")));
        Summit stored = services.summits().summit(summit.id());
        assertEquals("Versailles", stored.city());
        assertEquals(45, stored.transferMinutes());
        assertEquals(summit.firstDay(), stored.firstDay());
        assertEquals("113", text("#attendeeCount"), "the same summit, with its people");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> summit.name().equals(text("#title")));
        assertEquals("Paris", services.summits().summit(summit.id()).city());
        assertEquals(30, services.summits().summit(summit.id()).transferMinutes());
        assertEquals(summit.name(), model.summits().get(0).name(), "the summit switcher shows the old name again");
    }

    @Test
    void deletingASummitSaysWhatGoesWithItAndAsksFirst() throws Exception {
        robot.clickOn("File").clickOn("Delete summit…");
        waitUntil(() -> robot.lookup("#usedByList").tryQuery().isPresent());
        javafx.scene.control.ListView<?> contents = robot.lookup("#usedByList").queryListView();
        assertEquals(List.of("34 nations taking part", "113 attendees", "12 rooms", "17 agenda items"),
                List.copyOf(contents.getItems()));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#usedByList").tryQuery().isEmpty(), "Enter answered the dialog");
        assertEquals(1, services.summits().summits().size(), "Enter is Cancel here: it cannot be undone");

        robot.clickOn("File").clickOn("Delete summit…");
        answerDialog("Delete");
        waitUntil(() -> model.summits().isEmpty());
        assertTrue(services.summits().summits().isEmpty());
        assertEquals("No summit selected", text("#title"));
    }

    private void waitForCount(String query, String value) throws Exception {
        waitUntil(() -> value.equals(text(query)));
    }
}
