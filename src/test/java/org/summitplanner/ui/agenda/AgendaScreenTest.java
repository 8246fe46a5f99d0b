package org.summitplanner.ui.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.Attendee;
import org.summitplanner.schedule.CheckedFinding;
import org.summitplanner.schedule.ScheduleTexts;
import org.summitplanner.schedule.Severity;
import org.summitplanner.schedule.Finding;
import org.summitplanner.schedule.SummitCheck;
import org.summitplanner.ui.ScreenTestSupport;

/** The agenda screen driven as a person would, read back from the screen and from the database. */
class AgendaScreenTest extends ScreenTestSupport {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 11);

    private TableView<AgendaRow> items() {
        return table("#table");
    }

    private AgendaItem stored(String title) {
        return services.agenda().items(summit.id()).stream().filter(i -> i.title().equals(title)).findFirst()
                .orElse(null);
    }

    private List<Attendee> attendees() {
        return services.agenda().choices(summit.id()).attendees();
    }

    private long attendee(String key) {
        return attendees().stream().filter(a -> key.equals(a.key())).findFirst().orElseThrow().id();
    }

    private long members(String nation) {
        return attendees().stream().filter(a -> a.nation().equals(nation)).count();
    }

    private String field(String id) {
        return robot.lookup("#" + id).queryAs(TextField.class).getText();
    }

    private void ctrl(KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    /** Replaces a text field's content as a person would: click, select all, type. */
    private void retype(String id, String text) {
        robot.clickOn("#" + id);
        ctrl(KeyCode.A);
        robot.type(KeyCode.BACK_SPACE).write(text);
    }

    /** Filters the list down to one item (by its key, which is short and unique) and clicks it. */
    private void choose(String key, String title) throws Exception {
        retype("filter", key);
        waitUntil(() -> items().getItems().size() == 1);
        robot.clickOn(robot.lookup(".table-row-cell").match(n -> ((TableRow<?>) n).getItem() != null)
                .queryAs(Node.class));
        waitUntil(() -> title.equals(field("title")));
    }

    /** What the list shows for an item, cell by cell, as a person reads it. */
    private List<String> shown(String title) {
        return robot.lookup(".table-cell").match(n -> {
            TableRow<?> row = ((TableCell<?, ?>) n).getTableRow();
            return row != null && row.getItem() instanceof AgendaRow r && r.item().title().equals(title)
                    && !"findingsColumn".equals(((TableCell<?, ?>) n).getTableColumn().getId());
        }).queryAllAs(TableCell.class).stream()
                .sorted((a, b) -> Double.compare(a.localToScene(0, 0).getX(), b.localToScene(0, 0).getX()))
                .map(c -> c.getGraphic() != null && c.getText() == null ? "lock" : c.getText()).toList();
    }

    @Test
    void atTheFirstWindowSizeTitlesAndTheFormsLabelsAreReadable() throws Exception {
        // 1200x800 is the window's size at a first start (MainWindow); the list cut most titles to "Working s…"
        atFirstWindowSize();
        open("agenda");
        waitUntil(() -> items().getItems().size() == 17);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertTrue(items().getVisibleLeafColumns().stream().noneMatch(c -> "dayColumn".equals(c.getId())),
                "the demo is one day: no Day column");
        assertTrue(!robot.lookup("#dayFilter").query().isVisible(), "nor a choice of one day");
        assertColumnsFit(items(), "the agenda list");
        double title = items().getVisibleLeafColumns().stream().filter(c -> "titleColumn".equals(c.getId()))
                .findFirst().orElseThrow().getWidth();
        assertTrue(title >= 200, "the title column is " + title + " wide");
        // every label of the form shows whole (wrapped if need be), none cut to "Description i…"
        javafx.scene.layout.GridPane form = robot.lookup("#form").queryAs(javafx.scene.layout.GridPane.class);
        for (Node child : form.getChildren()) {
            if (child instanceof Label label) {
                javafx.scene.text.Text drawn = (javafx.scene.text.Text) label.lookup(".text");
                assertEquals(label.getText(), drawn.getText(), "a form label is cut");
            }
        }
    }

    @Test
    void theTooltipOfATitleShowsTheWholeTitleOfTheRowThePointerRestsOn() throws Exception {
        // the column has one tooltip for all its cells (decision 0053): it must take each row's own title
        open("agenda");
        waitUntil(() -> items().getItems().size() == 17);
        for (int index : new int[] {0, 3, 1}) {
            AgendaRow row = items().getItems().get(index);
            TableCell<?, ?> cell = robot.lookup(".table-cell").match(n -> n instanceof TableCell<?, ?> c
                    && c.getTableColumn() != null && "titleColumn".equals(c.getTableColumn().getId())
                    && c.getTableRow() != null && c.getTableRow().getItem() == row).queryAs(TableCell.class);
            robot.moveTo(cell).moveBy(3, 0);
            waitUntil(() -> robot.listTargetWindows().stream().anyMatch(w -> w instanceof javafx.scene.control.Tooltip t
                    && t.isShowing() && row.item().title().equals(t.getText())));
        }
    }

    @Test
    void aNewItemGivenUpLeavesAGreyedFormWithoutErrorMarks() throws Exception {
        open("agenda");
        waitUntil(() -> items().getItems().size() == 17);
        ctrl(KeyCode.N);
        robot.write("Nordic coordination");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#form").query().isDisabled());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("title", "start", "end")) {
            javafx.collections.ObservableList<?> marks = org.controlsfx.control.decoration.Decorator.getDecorations(
                    robot.lookup("#" + id).queryAs(TextField.class));
            assertTrue(marks == null || marks.isEmpty(), id + ": a greyed, empty form asks for nothing");
        }
    }

    @Test
    void createAnItemWithTwoDelegationsAndAnAttendeePickedByTyping() throws Exception {
        open("agenda");
        waitUntil(() -> items().getItems().size() == 17);
        ctrl(KeyCode.N);
        robot.write("Nordic coordination with Slovenia");
        robot.clickOn("#start").write("16:00");
        robot.clickOn("#end").write("16:45");
        robot.clickOn("#room");
        robot.clickOn("Salon vert (8)");

        robot.clickOn("#participantFilter").write("swed");
        waitUntil(() -> robot.lookup("#candidates").queryListView().getItems().size() == 1 + members("SE"));
        // the list says which order it follows: the summit's precedence, not the window language's alphabet
        assertTrue(robot.lookup("#candidates").queryListView().getTooltip().getText().contains("order of precedence"));
        robot.type(KeyCode.ENTER);
        robot.write("norway").type(KeyCode.ENTER);
        robot.write("Glavaš").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(".agenda-chip").queryAll().size() == 3);
        long people = members("SE") + members("NO") + 1;
        assertTrue(text("#participantSummary").startsWith(people + " people take part (1 named, 2 whole delegations)"),
                text("#participantSummary"));
        // the room is too small: a warning, and the save still goes through
        assertEquals(people > 8, robot.lookup("#capacityWarning").queryAs(Label.class).isVisible());

        robot.type(KeyCode.ENTER);
        waitUntil(() -> stored("Nordic coordination with Slovenia") != null);
        AgendaItem item = stored("Nordic coordination with Slovenia");
        assertEquals(List.of("NO", "SE"), item.nations());
        assertEquals(List.of(attendee("si-1")), item.attendeeIds());
        assertEquals(summit.toInstant(DAY.atTime(16, 0)), item.time().start());
        assertEquals(summit.toInstant(DAY.atTime(16, 45)), item.time().end());
        assertTrue(item.closed());

        waitUntil(() -> items().getItems().size() == 18);
        robot.clickOn("#filter").write("nordic");
        waitUntil(() -> items().getItems().size() == 1);
        // a one-day summit: no Day column, every row would say Tue 11 Mar
        assertEquals(List.of("16:00–16:45", "Nordic coordination with Slovenia", "Working session",
                "Salon vert", "lock", Long.toString(people)), shown("Nordic coordination with Slovenia"));
    }

    @Test
    void moveAnItemByEditingItsTimes() throws Exception {
        open("agenda");
        choose("press", "Press statement");
        retype("start", "19:00");
        retype("end", "19:30");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> stored("Press statement").time().start().equals(summit.toInstant(DAY.atTime(19, 0))));
        assertEquals(summit.toInstant(DAY.atTime(19, 30)), stored("Press statement").time().end());
        waitUntil(() -> "19:00–19:30".equals(shown("Press statement").get(0)));
    }

    @Test
    void anEndBeforeTheStartIsRefusedAtTheField() throws Exception {
        open("agenda");
        choose("press", "Press statement");
        retype("end", "18:00");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#saveButton").queryButton().isDisabled());
        assertEquals(summit.toInstant(DAY.atTime(18, 45)), stored("Press statement").time().end(), "not saved");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> "18:45".equals(field("end")));
    }

    @Test
    void deleteSaysNothingRefersToItAndCtrlZPutsItBack() throws Exception {
        open("agenda");
        choose("bilat-si-ua", "Bilateral: Slovenia – Ukraine");
        AgendaItem before = stored("Bilateral: Slovenia – Ukraine");
        robot.clickOn("#table").type(KeyCode.DELETE);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertEquals("Nothing refers to it. You can undo this with Ctrl+Z.",
                robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText());
        answerDialog("Delete");
        waitUntil(() -> stored("Bilateral: Slovenia – Ukraine") == null);
        retype("filter", "");
        waitUntil(() -> items().getItems().size() == 16);

        robot.clickOn("#table");
        ctrl(KeyCode.Z);
        waitUntil(() -> stored("Bilateral: Slovenia – Ukraine") != null);
        AgendaItem back = stored("Bilateral: Slovenia – Ukraine");
        assertEquals(before.id(), back.id());
        assertEquals(before.nations(), back.nations());
        assertEquals(before.attendeeIds(), back.attendeeIds());
        waitUntil(() -> items().getItems().size() == 17);
    }

    @Test
    void ctrlDDuplicatesAndTheCopyCanBeMoved() throws Exception {
        open("agenda");
        choose("bilat-fr-ua", "Bilateral: France – Ukraine");
        ctrl(KeyCode.D);
        waitUntil(() -> stored("Bilateral: France – Ukraine (copy)") != null);
        waitUntil(() -> "Bilateral: France – Ukraine (copy)".equals(field("title")));
        assertEquals("", field("key"), "keys are unique: the copy has none");
        retype("start", "16:00");
        retype("end", "16:30");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> stored("Bilateral: France – Ukraine (copy)").time().start()
                .equals(summit.toInstant(DAY.atTime(16, 0))));
        assertEquals(summit.toInstant(DAY.atTime(14, 15)), stored("Bilateral: France – Ukraine").time().start(),
                "the original stays where it was");
    }

    @Test
    void inTheTimelineAClickChoosesTheItemAndADragMovesItUndoably() throws Exception {
        open("agenda");
        choose("bilat-de-ua", "Bilateral: Germany – Ukraine");
        AgendaItem before = stored("Bilateral: Germany – Ukraine");
        robot.clickOn("Timeline");
        Node block = robot.lookup("#timeline-item-" + before.id()).query();
        waitUntil(() -> block.isVisible() && block.localToScreen(block.getBoundsInLocal()) != null);

        // the block beside it, 11:00-12:30: in view, since the timeline scrolled to the chosen item
        AgendaItem stockpile = stored("Working session 2: the heavy-weapons stockpile");
        robot.clickOn(robot.lookup("#timeline-item-" + stockpile.id()).queryAs(Node.class));
        waitUntil(() -> stockpile.title().equals(field("title")));
        robot.clickOn(block);
        waitUntil(() -> "Bilateral: Germany – Ukraine".equals(field("title")));

        // 72 pixels are an hour: 12:00-12:30 becomes 13:00-13:30, in the same room
        robot.drag(block, MouseButton.PRIMARY).moveBy(0, 36).moveBy(0, 36);
        robot.release(MouseButton.PRIMARY);
        waitUntil(() -> stored("Bilateral: Germany – Ukraine").time().start().equals(summit.toInstant(DAY.atTime(13, 0))));
        AgendaItem moved = stored("Bilateral: Germany – Ukraine");
        assertEquals(summit.toInstant(DAY.atTime(13, 30)), moved.time().end());
        assertEquals(before.roomId(), moved.roomId());
        assertEquals(before.attendeeIds(), moved.attendeeIds());
        waitUntil(() -> "13:00".equals(field("start")));

        ctrl(KeyCode.Z);
        waitUntil(() -> stored("Bilateral: Germany – Ukraine").time().equals(before.time()));
        waitUntil(() -> "12:00".equals(field("start")));
    }

    /** The window's live findings, as the status bar and the marks show them (each with how often it is there). */
    private Map<Finding, Long> liveFindings() {
        SummitCheck check = model.contextProperty().get().checks().resultProperty().get();
        return check == null ? null : bag(check);
    }

    /** A full check of the summit as stored, read whole by another connection (nothing kept in memory). */
    private Map<Finding, Long> fullCheck() {
        return bag(services.checks().checkOnce(summit.id()));
    }

    private static Map<Finding, Long> bag(SummitCheck check) {
        return check.findings().stream().collect(Collectors.groupingBy(CheckedFinding::finding, Collectors.counting()));
    }

    /** The finding mark the list shows in its one row (filtered to one item) and its tooltip, "" for none. */
    private String markShown() {
        return robot.lookup(".table-cell").match(n -> n instanceof TableCell<?, ?> c && c.getTableColumn() != null
                && "findingsColumn".equals(c.getTableColumn().getId()) && c.getTableRow() != null
                && c.getTableRow().getItem() != null).queryAllAs(TableCell.class).stream()
                .map(c -> c.getText() == null ? "" : c.getText() + " " + c.getTooltip().getText())
                .findFirst().orElse("no row");
    }

    /** The mark and tooltip the live findings call for: a dot for an open error, a triangle for warnings only. */
    private String markExpected(long itemId) {
        List<CheckedFinding> open = FindingMarks.open(model.contextProperty().get().checks().resultProperty().get())
                .get(itemId);
        return open == null ? "" : (open.get(0).severity() == Severity.ERROR ? "\u25CF" : "\u25B2") + " "
                + FindingMarks.describe(open, ScheduleTexts.of(java.util.Locale.ENGLISH,
                model.contextProperty().get().nations()));
    }

    @Test
    void ctrlZOfATimelineMoveBringsBackTheFindingsOfAFullCheck() throws Exception {
        open("agenda");
        choose("bilat-de-ua", "Bilateral: Germany – Ukraine");
        AgendaItem before = stored("Bilateral: Germany – Ukraine");
        waitUntil(() -> markExpected(before.id()).equals(markShown()));
        String markBefore = markShown();
        TableView<AgendaRow> list = items();
        robot.clickOn("Timeline");
        Node block = robot.lookup("#timeline-item-" + before.id()).query();
        waitUntil(() -> block.isVisible() && block.localToScreen(block.getBoundsInLocal()) != null);
        // a tab pane lays out every tab's content: the list would remake its rows in the frame of each move
        assertNull(list.getScene(), "the list is out of the window while the timeline shows");
        Map<Finding, Long> atFirst = fullCheck();
        waitUntil(() -> atFirst.equals(liveFindings()));

        // an hour earlier, 11:00-11:30: its people are in the heavy-weapons working session then
        robot.drag(block, MouseButton.PRIMARY).moveBy(0, -36).moveBy(0, -36);
        robot.release(MouseButton.PRIMARY);
        waitUntil(() -> stored("Bilateral: Germany – Ukraine").time().start().equals(summit.toInstant(DAY.atTime(11, 0))));
        Map<Finding, Long> moved = fullCheck();
        assertNotEquals(atFirst, moved, "the move changes the findings (else this test could not fail)");
        waitUntil(() -> moved.equals(liveFindings()));
        // the list behind the timeline's tab shows the moved item's mark when its tab is chosen again
        assertNotEquals(markBefore, markExpected(before.id()), "the move changes the item's mark");
        robot.clickOn("List");
        waitUntil(() -> markExpected(before.id()).equals(markShown()));
        robot.clickOn("Timeline");

        ctrl(KeyCode.Z);
        waitUntil(() -> stored("Bilateral: Germany – Ukraine").time().equals(before.time()));
        waitUntil(() -> "12:00".equals(field("start")));
        Map<Finding, Long> undone = fullCheck();
        assertEquals(atFirst, undone, "the undo puts the item back where it was");
        waitUntil(() -> undone.equals(liveFindings()));
        assertEquals(undone, liveFindings());

        // and Ctrl+Y moves it again, with the move's findings
        ctrl(KeyCode.Y);
        waitUntil(() -> stored("Bilateral: Germany – Ukraine").time().start().equals(summit.toInstant(DAY.atTime(11, 0))));
        waitUntil(() -> "11:00".equals(field("start")));
        waitUntil(() -> moved.equals(liveFindings()));

        // with the list in view, an undo's new findings change the item's mark in place
        robot.clickOn("List");
        waitUntil(() -> markExpected(before.id()).equals(markShown()));
        ctrl(KeyCode.Z);
        waitUntil(() -> stored("Bilateral: Germany – Ukraine").time().equals(before.time()));
        waitUntil(() -> undone.equals(liveFindings()));
        waitUntil(() -> markBefore.equals(markShown()));
    }

    @Test
    void anItemChangedElsewhereAsksAndReloadsOrOverwritesOnlyWhenTold() throws Exception {
        open("agenda");
        choose("press", "Press statement");
        AgendaItem theirs = stored("Press statement");
        services.agenda().update(new AgendaItem(theirs.id(), theirs.key(), theirs.title(), theirs.kind(),
                theirs.time(), theirs.roomId(), true, "Moved indoors by the protocol office.", theirs.attendeeIds(),
                List.of("FR"), theirs.version()));

        retype("end", "19:00");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        answerDialog("Reload theirs");
        waitUntil(() -> "18:45".equals(field("end")));
        waitUntil(() -> robot.lookup(".agenda-chip").queryAll().size() == 1 + theirs.attendeeIds().size());
        assertTrue(stored("Press statement").closed());

        retype("end", "19:00");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> summit.toInstant(DAY.atTime(19, 0)).equals(stored("Press statement").time().end()));
        assertEquals(List.of("FR"), stored("Press statement").nations(), "reloaded theirs, then changed the end");

        AgendaItem now = stored("Press statement");
        services.agenda().update(new AgendaItem(now.id(), now.key(), "Press statement (theirs)", now.kind(),
                now.time(), now.roomId(), now.closed(), now.description(), now.attendeeIds(), now.nations(),
                now.version()));
        retype("start", "18:30");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        answerDialog("Overwrite with mine");
        waitUntil(() -> stored("Press statement") != null);
        assertEquals(summit.toInstant(DAY.atTime(18, 30)), stored("Press statement").time().start());
        assertNull(stored("Press statement (theirs)"));
        assertNotNull(robot.lookup("#table").query());
    }
}
