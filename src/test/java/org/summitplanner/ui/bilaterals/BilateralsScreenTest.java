package org.summitplanner.ui.bilaterals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.AgendaKind;
import org.summitplanner.model.BilateralRequest;
import org.summitplanner.model.BilateralStatus;
import org.summitplanner.schedule.CheckedFinding;
import org.summitplanner.ui.ScreenTestSupport;

/**
 * The bilaterals screen driven as a planner would: the demo's requests listed, a proposal made in the
 * background, accepted whole and undone with Ctrl+Z; a request added through the form; a long proposal
 * cancelled. Screenshots go to target/screenshots (and assets/screenshots with -Dscreenshots=true).
 */
class BilateralsScreenTest extends ScreenTestSupport {

    private List<AgendaItem> bilateralItems() {
        return services.agenda().items(summit.id()).stream()
                .filter(i -> i.kind() == AgendaKind.BILATERAL && i.title().startsWith("Bilateral ")).toList();
    }

    private Set<List<String>> findings() {
        Set<List<String>> keys = new HashSet<>();
        for (CheckedFinding f : services.checks().check(summit.id()).findings()) {
            keys.add(List.of(f.finding().rule().name(), f.finding().subject(), f.finding().fingerprint()));
        }
        return keys;
    }

    private void seconds(int value) {
        robot.clickOn("#seconds").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write(Integer.toString(value)).type(KeyCode.ENTER);
    }

    @Test
    void atTheDefaultWindowSizeEveryColumnOfTheRequestsIsInSight() throws Exception {
        // 1200x800 is the window's size at a first start (MainWindow): the Status column was pushed out of sight
        atFirstWindowSize();
        open("bilaterals");
        waitUntil(() -> table("#table").getItems().size() == 20);
        for (String id : List.of("#table", "#proposal")) {
            javafx.scene.control.TableView<?> table = table(id);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            assertColumnsFit(table, id);
        }
    }

    @Test
    void proposeAcceptAllAndUndo() throws Exception {
        open("bilaterals");
        waitUntil(() -> table("#table").getItems().size() == 20);
        Set<List<String>> before = findings();
        shot("bilaterals-requests.png");

        seconds(3);
        robot.clickOn("#proposeButton");
        waitUntil(() -> text("#summary").startsWith("20 of 20 requests placed"));
        // the solver's score in words, not its jargon (0hard/0medium/-53soft)
        assertTrue(text("#summary").matches("20 of 20 requests placed: no rule broken; preference cost \\d+"
                + " \\(lower is better\\) · [\\d.]+ s"), text("#summary"));
        assertEquals(20, table("#proposal").getItems().size());
        shot("bilaterals-proposal.png");
        assertTrue(bilateralItems().isEmpty(), "nothing is written before accepting");

        robot.clickOn("#acceptAllButton");
        waitUntil(() -> bilateralItems().size() == 20);
        waitUntil(() -> table("#table").getItems().stream()
                .allMatch(r -> ((BilateralRequest) r).status() == BilateralStatus.PLACED));
        assertEquals(before, findings(), "the checks find nothing new");
        shot("bilaterals-accepted.png");

        waitUntil(() -> text("#notice").startsWith("20 bilaterals put on the agenda"));
        // the accepted proposal no longer reads as one still waiting to be written
        assertEquals("", text("#summary"));
        assertEquals("The 20 accepted bilaterals are on the agenda now (see Agenda), and the requests read \u201Cplaced\u201D. "
                + "Propose again for the requests still open.", text("#proposalPlaceholder"));

        robot.clickOn("#table");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> bilateralItems().isEmpty());
        waitUntil(() -> services.bilaterals().requests(summit.id()).stream().allMatch(BilateralRequest::open));
        // the notice said they were put on the agenda: no longer so
        waitUntil(() -> text("#notice").isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        waitUntil(() -> bilateralItems().size() == 20);
        assertEquals("", text("#notice"));
    }

    /** The texts shown cut with an ellipsis in the table's headers and cells, except the columns given. */
    private List<String> cut(String table, String... except) {
        List<String> found = new java.util.ArrayList<>();
        List<Node> shownTexts = new java.util.ArrayList<>(robot.lookup(table + " .column-header .label").queryAll());
        shownTexts.addAll(robot.lookup(table + " .table-cell").queryAll());
        assertTrue(shownTexts.size() > 20, "looked at " + shownTexts.size());
        shownTexts.forEach(n -> {
            if (n instanceof javafx.scene.control.Labeled l && l.getText() != null && !l.getText().isEmpty()
                    && !(n instanceof javafx.scene.control.TableCell<?, ?> c && List.of(except).contains(c.getTableColumn().getId()))) {
                javafx.scene.text.Text shown = (javafx.scene.text.Text) l.lookup(".text");
                if (shown != null && !shown.getText().equals(l.getText())) {
                    found.add(shown.getText());
                }
            }
        });
        return found;
    }

    @Test
    void nothingIsCutAt1400By900() throws Exception {
        robot.interact(() -> {
            javafx.stage.Window window = robot.lookup("#bilateralsNav").query().getScene().getWindow();
            window.setWidth(1400);
            window.setHeight(900);
        });
        open("bilaterals");
        waitUntil(() -> table("#table").getItems().size() == 20);
        seconds(2);
        robot.clickOn("#proposeButton");
        waitUntil(() -> text("#summary").contains("requests placed"));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), cut("#table"));
        assertEquals(List.of(), cut("#proposal", "noteColumn"));
    }

    @Test
    void acceptOnlyTheChosenMeetings() throws Exception {
        open("bilaterals");
        waitUntil(() -> table("#table").getItems().size() == 20);
        seconds(2);
        robot.clickOn("#proposeButton");
        waitUntil(() -> text("#summary").contains("requests placed"));
        List<javafx.scene.Node> rows = robot.lookup("#proposal .table-row-cell")
                .match(n -> ((TableRow<?>) n).getItem() != null).queryAll().stream().limit(2).toList();
        robot.clickOn(rows.get(0)).press(KeyCode.SHIFT).clickOn(rows.get(1)).release(KeyCode.SHIFT);
        robot.clickOn("#acceptSelectedButton");
        waitUntil(() -> bilateralItems().size() == 2);
        waitUntil(() -> table("#proposal").getItems().size() == 18);
    }

    @Test
    void addARequestThroughTheForm() throws Exception {
        open("bilaterals");
        waitUntil(() -> table("#table").getItems().size() == 20);
        robot.clickOn("#newButton");
        robot.interact(() -> {
            robot.lookup("#nation").queryAs(ComboBox.class).getSelectionModel().select("GR");
        });
        robot.interact(() -> robot.lookup("#withNation").queryAs(ComboBox.class).getSelectionModel().select("UA"));
        replaceText("#minutes", "45");
        replaceText("#languages", "uk, en");
        waitUntil(() -> !robot.lookup("#saveButton").queryAs(Button.class).isDisabled());
        robot.clickOn("#saveButton");
        waitUntil(() -> services.bilaterals().requests(summit.id()).size() == 21);
        BilateralRequest added = services.bilaterals().requests(summit.id()).get(20);
        assertEquals("GR", added.nation());
        assertEquals("UA", added.withNation());
        assertEquals(45, added.minutes());
        assertEquals(List.of("uk", "en"), added.languages());

        replaceText("#minutes", "2");
        waitUntil(() -> robot.lookup("#saveButton").queryAs(Button.class).isDisabled());
        String problem = robot.lookup("#formProblem").queryAs(Label.class).getText();
        assertTrue(problem.contains("5 to 480"), problem);
    }

    @Test
    void aProposalCanBeCancelled() throws Exception {
        open("bilaterals");
        waitUntil(() -> table("#table").getItems().size() == 20);
        seconds(120);
        robot.clickOn("#proposeButton");
        waitUntil(() -> !robot.lookup("#cancelButton").queryAs(Button.class).isDisabled());
        long start = System.nanoTime();
        robot.clickOn("#cancelButton");
        waitUntil(() -> text("#summary").contains("requests placed"));
        assertTrue((System.nanoTime() - start) / 1e9 < 30, "cancel stops the solver");
        assertTrue(bilateralItems().isEmpty());
    }

    private void shot(String name) {
        robot.interact(() -> {
            try {
                for (String dir : Boolean.getBoolean("screenshots") ? List.of("target/screenshots", "assets/screenshots")
                        : List.of("target/screenshots")) {
                    Path folder = Path.of(dir);
                    Files.createDirectories(folder);
                    ImageIO.write(SwingFXUtils.fromFXImage(robot.lookup("#table").query().getScene().snapshot(null),
                            null), "png", folder.resolve(name).toFile());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
