package org.summitplanner.ui.agenda.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.summitplanner.ui.agenda.timeline.TimelineSamples.at;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.summitplanner.ui.common.Messages;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The day timeline alone in a window, driven with the mouse and the keyboard as a planner would. */
class DayTimelineTest {

    /** Pixels per minute at the default 72 pixels per hour. */
    private static final double PPM = 72 / 60.0;

    private final FxRobot robot = new FxRobot();
    private final List<MoveRequest> requests = new CopyOnWriteArrayList<>();
    private DayTimeline timeline;

    @AfterEach
    void closeWindow() throws Exception {
        // a tooltip still showing outlives the stage (the primary stage is reused) and catches the
        // next test's clicks: take the pointer off the blocks, then close any
        robot.moveTo(new Point2D(2, 2));
        hidePopups();
        FxToolkit.cleanupStages();
    }

    @Test
    void blocksStandInTheirRoomsColumnAsTallAsTheyLast() throws Exception {
        show(TimelineSamples.PARIS_DAY, TimelineSamples.parisRooms(), TimelineSamples.parisItems());
        // 3: opening plenary, Salle des fêtes (room 2), 09:30-10:45; 1: pre-briefing, Salon des Portraits (6), 30 min
        assertInColumn(3, 2);
        assertInColumn(1, 6);
        assertInColumn(7, 3);
        assertEquals(75 * PPM, screen(block(3)).getHeight(), 2);
        assertEquals(30 * PPM, screen(block(1)).getHeight(), 2);
        assertEquals(90 * PPM, screen(block(7)).getHeight(), 2);
        // 09:30 is 90 minutes below 08:00
        assertEquals(90 * PPM, screen(block(3)).getMinY() - screen(block(1)).getMinY(), 2);
        assertEquals("09:30\u201310:45", block(3).timeText());
        assertEquals("Opening plenary: security guarantees for Ukraine", block(3).titleText());
        assertTrue(block(3).getStyleClass().contains("kind-plenary"));
        assertTrue(pseudo(block(3), "closed"));
        assertFalse(pseudo(block(2), "closed"), "the welcome ceremony is open");
        assertEquals(11, headers().size(), "no \"No room\" column when every item has a room");
    }

    @Test
    void findingsMarkTheirBlocksAndNewFindingsChangeTheMarksInPlace() throws Exception {
        show(TimelineSamples.PARIS_DAY, TimelineSamples.parisRooms(), TimelineSamples.parisItems());
        TimelineBlock plenary = block(3);
        Bounds where = screen(plenary);
        assertFalse(markOf(plenary).isVisible(), "no findings yet");

        robot.interact(() -> timeline.setMarks(java.util.Map.of(3L, new DayTimeline.Mark(false, () -> "a warning"))));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(markOf(plenary).isVisible());
        assertTrue(markOf(plenary).getStyleClass().contains("finding-warning"));

        robot.interact(() -> timeline.setMarks(java.util.Map.of(3L, new DayTimeline.Mark(true, () -> "an error"),
                1L, new DayTimeline.Mark(false, () -> "a warning"))));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(markOf(plenary).isVisible());
        assertFalse(markOf(plenary).getStyleClass().contains("finding-warning"), "an error is red");
        assertTrue(markOf(block(1)).isVisible());
        assertEquals(plenary, block(3), "the same block, not one made again");
        assertEquals(where, screen(block(3)), "where it was");

        robot.interact(() -> timeline.setMarks(java.util.Map.of()));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(markOf(plenary).isVisible());
        assertFalse(markOf(block(1)).isVisible());

        // marks set with the items in one go (a rebuild due anyway) are shown by that rebuild
        robot.interact(() -> {
            timeline.setItems(TimelineSamples.parisItems());
            timeline.setMarks(java.util.Map.of(7L, new DayTimeline.Mark(true, () -> "an error")));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(markOf(block(7)).isVisible());
        assertFalse(markOf(block(3)).isVisible());
    }

    private static Node markOf(TimelineBlock block) {
        return block.getChildrenUnmodifiable().stream().filter(n -> n.getStyleClass().contains("timeline-finding-mark"))
                .findFirst().orElseThrow();
    }

    @Test
    void overlappingItemsInOneRoomStandSideBySide() throws Exception {
        List<TimelineItem> items = new ArrayList<>(TimelineSamples.parisItems());
        items.add(new TimelineItem(100, "Bilateral: Poland \u2013 Ukraine", "BILATERAL", 2,
                at("2025-03-11T10:00"), at("2025-03-11T10:30"), true));
        show(TimelineSamples.PARIS_DAY, TimelineSamples.parisRooms(), items);
        Bounds plenary = screen(block(3));
        Bounds bilateral = screen(block(100));
        assertInColumn(100, 2);
        assertTrue(plenary.getMaxX() <= bilateral.getMinX() || bilateral.getMaxX() <= plenary.getMinX(),
                "side by side: " + plenary + " / " + bilateral);
        assertTrue(bilateral.getMinY() < plenary.getMaxY() && plenary.getMinY() < bilateral.getMaxY(),
                "both at 10:00");
        double column = screen(header(2)).getWidth();
        assertEquals(column / 2, plenary.getWidth(), 4);
        assertTrue(pseudo(block(3), "clash") && pseudo(block(100), "clash"));
        assertFalse(pseudo(block(15), "clash"), "working session 4 in the same room overlaps nothing");
        assertEquals(column, screen(block(15)).getWidth(), 5);
    }

    @Test
    void aClickSelectsTheBlock() throws Exception {
        show(TimelineSamples.PARIS_DAY, TimelineSamples.parisRooms(), TimelineSamples.parisItems());
        robot.clickOn(block(7));
        assertEquals(7L, timeline.selectedItemIdProperty().get());
        assertTrue(pseudo(block(7), "selected"));
        robot.clickOn(block(3));
        assertEquals(3L, timeline.selectedItemIdProperty().get());
        assertFalse(pseudo(block(7), "selected"));
        assertTrue(requests.isEmpty(), "a click moves nothing");
    }

    @Test
    void draggingDownAndRightAsksOnceForTheNewTimeAndRoom() throws Exception {
        show(TimelineSamples.PARIS_DAY, TimelineSamples.parisRooms(), TimelineSamples.parisItems());
        // 8: working session 3, Salon Murat (room 4), 14:15-15:15; the next column is Salon des Ambassadeurs (5)
        Bounds before = screen(block(8));
        double column = screen(header(5)).getMinX() - screen(header(4)).getMinX();
        // 38 px is 31.7 minutes: the drop snaps to +30
        robot.drag(block(8), MouseButton.PRIMARY).moveBy(column / 2, 19).moveBy(column / 2, 19);
        Label ghost = robot.lookup(".timeline-ghost").queryAs(Label.class);
        assertTrue(ghost.isVisible());
        assertEquals("14:45\u201315:45\nSalon des Ambassadeurs", ghost.getText());
        assertTrue(requests.isEmpty(), "nothing asked before the release");
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(new MoveRequest(8, 5, at("2025-03-11T14:45"), at("2025-03-11T15:45"))), requests);
        assertFalse(ghost.isVisible());
        assertEquals(before, screen(block(8)), "the block waits for the caller to save and set the items again");
    }

    @Test
    void escapeCancelsADrag() throws Exception {
        show(TimelineSamples.PARIS_DAY, TimelineSamples.parisRooms(), TimelineSamples.parisItems());
        robot.drag(block(8), MouseButton.PRIMARY).moveBy(0, 30).moveBy(0, 30);
        assertTrue(robot.lookup(".timeline-ghost").queryAs(Label.class).isVisible());
        robot.type(KeyCode.ESCAPE);
        assertFalse(robot.lookup(".timeline-ghost").queryAs(Label.class).isVisible());
        robot.moveBy(0, 20).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(requests.isEmpty(), "no move after Escape: " + requests);
        assertFalse(pseudo(block(8), "dragging"));
    }

    @Test
    void altArrowsAskForFiveMinutesOrTheNeighbouringRoom() throws Exception {
        show(TimelineSamples.PARIS_DAY, TimelineSamples.parisRooms(), TimelineSamples.parisItems());
        robot.clickOn(block(8));
        robot.push(KeyCode.ALT, KeyCode.DOWN);
        assertEquals(List.of(new MoveRequest(8, 4, at("2025-03-11T14:20"), at("2025-03-11T15:20"))), requests);
        requests.clear();
        robot.push(KeyCode.ALT, KeyCode.UP);
        robot.push(KeyCode.ALT, KeyCode.RIGHT);
        assertEquals(List.of(new MoveRequest(8, 4, at("2025-03-11T14:10"), at("2025-03-11T15:10")),
                new MoveRequest(8, 5, at("2025-03-11T14:15"), at("2025-03-11T15:15"))), requests);
        assertEquals(8L, timeline.selectedItemIdProperty().get(), "Alt+arrows leave the selection alone");
    }

    @Test
    void tabAndArrowsMoveTheSelectionBetweenBlocks() throws Exception {
        show(TimelineSamples.PARIS_DAY, TimelineSamples.parisRooms(), TimelineSamples.parisItems());
        robot.clickOn(block(1));
        robot.type(KeyCode.TAB);
        assertEquals(2L, timeline.selectedItemIdProperty().get(), "08:00 then 08:45");
        robot.type(KeyCode.TAB);
        assertEquals(3L, timeline.selectedItemIdProperty().get());
        robot.push(KeyCode.SHIFT, KeyCode.TAB);
        assertEquals(2L, timeline.selectedItemIdProperty().get());
        robot.clickOn(block(3));
        robot.type(KeyCode.DOWN);
        assertEquals(15L, timeline.selectedItemIdProperty().get(), "next in the Salle des fêtes");
        robot.type(KeyCode.RIGHT);
        assertEquals(7L, timeline.selectedItemIdProperty().get(), "Jardin d'hiver's only item");
        robot.type(KeyCode.LEFT);
        assertEquals(3L, timeline.selectedItemIdProperty().get(), "09:30 starts nearer to 12:30 than 16:00");
        assertTrue(requests.isEmpty());
    }

    @Test
    void selectingFromOutsideScrollsTheBlockIntoView() throws Exception {
        show(TimelineSamples.UN_DAY, TimelineSamples.unRooms(), TimelineSamples.unItems());
        assertEquals(40, headers().size());
        // item 400: the last room (column 40), 17:00
        robot.interact(() -> timeline.selectedItemIdProperty().set(400L));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds view = screen(timeline);
        Bounds block = screen(block(400));
        assertTrue(view.contains(block.getMinX(), block.getMinY()) && view.contains(block.getMaxX(), block.getMaxY()),
                block + " inside " + view);
        assertTrue(pseudo(block(400), "selected"));
    }

    @Test
    void itemsOfOtherDaysAreLeftOutAndThoseCrossingMidnightClipped() throws Exception {
        List<TimelineItem> items = new ArrayList<>(TimelineSamples.parisItems());
        items.add(new TimelineItem(200, "Arrival dinner", "MEAL", 3, at("2025-03-10T20:00"), at("2025-03-10T22:00"), true));
        items.add(new TimelineItem(201, "Night drafting", "OTHER", 6, at("2025-03-11T22:30"), at("2025-03-12T01:30"), true));
        items.add(new TimelineItem(202, "Security walk-through", "OTHER", 0, at("2025-03-11T06:30"), at("2025-03-11T07:30"), false));
        show(TimelineSamples.PARIS_DAY, TimelineSamples.parisRooms(), items);
        assertTrue(robot.lookup("#timeline-item-200").tryQuery().isEmpty());
        robot.interact(() -> timeline.selectedItemIdProperty().set(201L));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(90 * PPM, screen(block(201)).getHeight(), 2, "22:30 to midnight");
        assertEquals("22:30\u201301:30", block(201).timeText());
        assertEquals(12, headers().size(), "a leading column for the item without a room");
        assertEquals("No room", ((Label) headers().get(0).getChildren().get(0)).getText());
        robot.interact(() -> timeline.selectedItemIdProperty().set(202L));
        WaitForAsyncUtils.waitForFxEvents();
        assertInColumn(202, 0);
    }

    @Test
    void hoveringABlockTellsWhatWhereAndWhy() throws Exception {
        List<TimelineItem> items = new ArrayList<>(TimelineSamples.parisItems());
        items.add(new TimelineItem(100, "Bilateral: Poland \u2013 Ukraine", "BILATERAL", 2,
                at("2025-03-11T10:00"), at("2025-03-11T10:30"), true));
        show(TimelineSamples.PARIS_DAY, TimelineSamples.parisRooms(), items);
        robot.moveTo(block(3));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".tooltip").tryQuery().isPresent());
        // the tooltip's window holds the Label that shows its text
        Label tooltip = robot.from(robot.lookup(".tooltip").queryParent()).lookup((Node n) -> n instanceof Label)
                .queryAs(Label.class);
        assertEquals("Opening plenary: security guarantees for Ukraine\n"
                + "09:30\u201310:45 \u00b7 Salle des f\u00eates \u00b7 Plenary\nClosed door\n"
                + "Overlaps another item in this room", tooltip.getText());
    }

    @Test
    void enterAndADoubleClickOpenTheItem() throws Exception {
        show(TimelineSamples.PARIS_DAY, TimelineSamples.parisRooms(), TimelineSamples.parisItems());
        List<Long> opened = new ArrayList<>();
        timeline.setOnItemActivated(opened::add);
        robot.doubleClickOn(block(7));
        robot.clickOn(block(3)).type(KeyCode.ENTER);
        assertEquals(List.of(7L, 3L), opened);
        assertTrue(requests.isEmpty());
    }

    @Test
    void withoutAMoveHandlerBlocksStayPutAndAltArrowsAreLeftAlone() throws Exception {
        show(TimelineSamples.PARIS_DAY, TimelineSamples.parisRooms(), TimelineSamples.parisItems());
        robot.interact(() -> timeline.setOnMoveRequested(null));
        robot.drag(block(8), MouseButton.PRIMARY).moveBy(0, 30).moveBy(0, 30);
        assertFalse(robot.lookup(".timeline-ghost").queryAs(Label.class).isVisible());
        robot.release(MouseButton.PRIMARY);
        assertEquals(8L, timeline.selectedItemIdProperty().get(), "it still selects");
    }

    @Test
    void theFrenchStringsMatchTheEnglishOnes() {
        ResourceBundle en = ResourceBundle.getBundle("org.summitplanner.ui.agenda.timeline.messages", Locale.ROOT);
        ResourceBundle fr = ResourceBundle.getBundle("org.summitplanner.ui.agenda.timeline.messages", Locale.FRENCH);
        assertEquals(new TreeSet<>(en.keySet()), new TreeSet<>(fr.keySet()));
        for (String key : en.keySet()) {
            assertFalse(fr.getString(key).isBlank(), key);
        }
        assertEquals("Sans salle", fr.getString("timeline.noRoom"));
    }

    // ---- helpers

    private void show(LocalDate day, List<TimelineRoom> rooms, List<TimelineItem> items) throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            timeline = new DayTimeline(DayTimeline.messages(Messages.common(Locale.ENGLISH)));
            timeline.setDay(day);
            timeline.setRooms(rooms);
            timeline.setItems(items);
            timeline.setOnMoveRequested(requests::add);
            Scene scene = new Scene(timeline, 1200, 800);
            scene.getStylesheets().add(DayTimeline.class.getResource("/org/summitplanner/ui/summit-planner.css")
                    .toExternalForm());
            stage.setScene(scene);
            stage.show();
            stage.toFront();
        });
        WaitForAsyncUtils.waitForFxEvents();
        hidePopups();
    }

    private void hidePopups() {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(PopupWindow.class::isInstance)
                .forEach(Window::hide));
    }

    private TimelineBlock block(long itemId) {
        return robot.lookup("#timeline-item-" + itemId).queryAs(TimelineBlock.class);
    }

    private List<VBox> headers() {
        return robot.lookup(".timeline-room-header").queryAllAs(VBox.class).stream()
                .sorted((a, b) -> Double.compare(screen(a).getMinX(), screen(b).getMinX())).toList();
    }

    private VBox header(long roomId) {
        return headers().stream().filter(h -> ((DayLayout.Column) h.getUserData()).roomId() == roomId)
                .findFirst().orElseThrow();
    }

    private void assertInColumn(long itemId, long roomId) {
        Bounds column = screen(header(roomId));
        Bounds block = screen(block(itemId));
        assertNotNull(block);
        assertTrue(block.getMinX() >= column.getMinX() && block.getMaxX() <= column.getMaxX(),
                "item " + itemId + " " + block + " in room " + roomId + " " + column);
    }

    /** Layout bounds on the screen: without the selection's shadow. */
    private static Bounds screen(Node node) {
        return node.localToScreen(node.getLayoutBounds());
    }

    private static boolean pseudo(Node node, String pseudoClass) {
        return node.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals(pseudoClass));
    }
}
