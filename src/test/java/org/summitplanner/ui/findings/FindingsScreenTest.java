package org.summitplanner.ui.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.summitplanner.schedule.CheckedFinding;
import org.summitplanner.schedule.Rule;
import org.summitplanner.ui.ScreenTestSupport;
import org.summitplanner.ui.agenda.AgendaRow;

/** The findings of the demo in the window: the status bar, the findings screen, live updates, acknowledging. */
class FindingsScreenTest extends ScreenTestSupport {

    @SuppressWarnings("unchecked")
    private List<FindingRow> rows() {
        TreeTableView<Object> table = robot.lookup("#findingsTable").queryAs(TreeTableView.class);
        List<FindingRow> rows = new ArrayList<>();
        for (TreeItem<Object> group : table.getRoot().getChildren()) {
            group.getChildren().forEach(leaf -> rows.add((FindingRow) leaf.getValue()));
        }
        return rows;
    }

    private FindingRow row(Rule rule) {
        return rows().stream().filter(r -> r.finding().rule() == rule).findFirst().orElse(null);
    }

    private Node rowNode(Rule rule) {
        return robot.lookup(".tree-table-row-cell")
                .match(n -> ((TreeTableRow<?>) n).getItem() instanceof FindingRow r && r.finding().rule() == rule)
                .queryAs(Node.class);
    }

    private void openFindings() throws Exception {
        open("findings");
        waitUntil(() -> rows().size() == 10);
    }

    @Test
    void theDemoShowsItsThreeProblemsAndTheStatusBarCountsThem() throws Exception {
        waitUntil(() -> "\u25CF 4 errors".equals(text("#errorCount")));
        assertEquals("\u25B2 6 warnings", text("#warningCount"));

        robot.clickOn("#errorCount");
        waitUntil(() -> rows().size() == 10);
        assertTrue(row(Rule.UNINVITED_DELEGATION).message().startsWith("Not invited: United States (US), yet it has one attendee"));
        assertEquals("Uninvited delegation", row(Rule.UNINVITED_DELEGATION).rule());
        assertTrue(row(Rule.ATTENDEE_DOUBLE_BOOKED).message().startsWith("H.E. Karsten W\u00F6hrmann (DE) is named on two"));
        assertTrue(row(Rule.ROOM_OVER_CAPACITY).message().endsWith("needs 7 seats but Salon bleu holds 6."));
        assertEquals("\u201CBilateral: Slovenia \u2013 Ukraine\u201D; Salon bleu", row(Rule.ROOM_OVER_CAPACITY).involves());
        assertEquals("4 errors, 6 warnings to look at; 0 acknowledged", text("#findingsSummary"));

        // filtered by nation: only what involves the United States
        robot.clickOn("#nationFilter");
        robot.clickOn("United States (US)");
        waitUntil(() -> rows().size() == 1);
        assertEquals(Rule.UNINVITED_DELEGATION, rows().get(0).finding().rule());
    }

    @Test
    void movingTheMinistersBilateralDropsTheCountWithoutAsking() throws Exception {
        openFindings();
        // double-click takes the planner to the first item of the double booking, in the agenda's form
        robot.doubleClickOn(rowNode(Rule.ATTENDEE_DOUBLE_BOOKED), MouseButton.PRIMARY);
        waitUntil(() -> robot.lookup("#title").tryQueryAs(TextField.class)
                .map(f -> f.getText().startsWith("Working session 1")).orElse(false));
        assertTrue(markOf("Bilateral: Germany \u2013 Ukraine").equals("\u25CF"), "marked in the list before the move");

        robot.clickOn("#filter").write("bilat-de-ua");
        waitUntil(() -> robot.lookup("#table").queryTableView().getItems().size() == 1);
        robot.clickOn(robot.lookup(".table-row-cell").match(n -> ((TableRow<?>) n).getItem() != null).queryAs(Node.class));
        waitUntil(() -> "Bilateral: Germany \u2013 Ukraine".equals(robot.lookup("#title").queryAs(TextField.class).getText()));
        retype("start", "10:45");
        retype("end", "11:00");
        robot.type(KeyCode.ENTER);

        waitUntil(() -> "\u25CF 3 errors".equals(text("#errorCount")));
        waitUntil(() -> markOf("Bilateral: Germany \u2013 Ukraine") == null);
        open("findings");
        waitUntil(() -> rows().size() == 9 && row(Rule.ATTENDEE_DOUBLE_BOOKED) == null);
    }

    @Test
    void anAcknowledgedFindingIsMarkedStoredAndNoLongerCounted() throws Exception {
        openFindings();
        robot.clickOn(rowNode(Rule.UNINVITED_DELEGATION));
        robot.clickOn("#acknowledgeButton");
        robot.clickOn("#acknowledgeReason").write("The embassy liaison officer only attends the backstop session.");
        answerDialog("Acknowledge");

        waitUntil(() -> "\u25CF 3 errors".equals(text("#errorCount")));
        waitUntil(() -> row(Rule.UNINVITED_DELEGATION) != null && row(Rule.UNINVITED_DELEGATION).acknowledged());
        assertEquals("The embassy liaison officer only attends the backstop session.",
                row(Rule.UNINVITED_DELEGATION).reason());
        assertEquals("3 errors, 6 warnings to look at; 1 acknowledged", text("#findingsSummary"));
        CheckedFinding stored = services.checks().check(summit.id()).findings().stream()
                .filter(f -> f.finding().rule() == Rule.UNINVITED_DELEGATION).findFirst().orElseThrow();
        assertTrue(stored.acknowledged(), "kept in the database");

        robot.clickOn("#showAcknowledged");
        waitUntil(() -> row(Rule.UNINVITED_DELEGATION) == null);
        robot.clickOn("#showAcknowledged");
        waitUntil(() -> row(Rule.UNINVITED_DELEGATION) != null);
        robot.clickOn(rowNode(Rule.UNINVITED_DELEGATION));
        robot.clickOn("#withdrawButton");
        waitUntil(() -> "\u25CF 4 errors".equals(text("#errorCount")));
    }

    /** The findings mark of an item in the agenda list, or null when it has none. */
    private String markOf(String title) {
        return robot.lookup(".table-cell").match(n -> {
            TableCell<?, ?> cell = (TableCell<?, ?>) n;
            return "findingsColumn".equals(cell.getTableColumn().getId()) && cell.getTableRow() != null
                    && cell.getTableRow().getItem() instanceof AgendaRow r && r.item().title().equals(title);
        }).tryQueryAs(TableCell.class).map(TableCell::getText).orElse(null);
    }

    private void retype(String id, String text) {
        robot.clickOn("#" + id);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE).write(text);
    }

}
