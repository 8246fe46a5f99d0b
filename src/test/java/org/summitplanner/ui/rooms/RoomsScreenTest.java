package org.summitplanner.ui.rooms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.Room;
import org.summitplanner.service.RoomService.RoomRow;
import org.summitplanner.store.SummitStore;
import org.summitplanner.ui.ScreenTestSupport;

/** The rooms screen, driven from the keyboard and the mouse, read back from the screen and the database. */
class RoomsScreenTest extends ScreenTestSupport {

    private TableView<RoomRow> rooms() {
        return table("#table");
    }

    private Room stored(String name) {
        return services.rooms().rooms(summit.id()).stream().map(RoomRow::room)
                .filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }

    private void choose(String name) throws Exception {
        replaceText("#filter", name);
        waitUntil(() -> rooms().getItems().size() == 1);
        robot.clickOn(robot.lookup(".table-row-cell").match(n -> ((TableRow<?>) n).getItem() != null)
                .queryAs(javafx.scene.Node.class));
        waitUntil(() -> name.equals(robot.lookup("#name").queryAs(TextField.class).getText()));
    }

    @Test
    void atTheDefaultWindowSizeEveryColumnIsInSight() throws Exception {
        // 1200x800 is the window's size at a first start (MainWindow): the Key column was behind a scroll bar
        atFirstWindowSize();
        open("rooms");
        waitUntil(() -> rooms().getItems().size() == 12);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertColumnsFit(rooms(), "the rooms");
    }

    @Test
    void atTheDefaultWindowSizeALongKeyKeepsBothEndsInSightAndIsWholeInItsTooltip() throws Exception {
        atFirstWindowSize();
        open("rooms");
        waitUntil(() -> rooms().getItems().size() == 12);
        String key = "marigny-salle-de-presse";
        javafx.scene.control.TableCell<?, ?> cell = robot.lookup(".table-cell")
                .match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && c.getTableColumn() != null
                        && "keyColumn".equals(c.getTableColumn().getId()) && key.equals(c.getItem()))
                .query();
        assertEquals(key, cell.getTooltip().getText());
        String shown = ((javafx.scene.text.Text) cell.lookup(".text")).getText();
        // whole, or cut in the middle: the building's prefix and the room's end both readable
        assertTrue(shown.equals(key) || shown.startsWith("marigny") && shown.endsWith("presse"), shown);
    }

    @Test
    void addARoomFromTheKeyboardAfterFixingItsCapacity() throws Exception {
        open("rooms");
        waitUntil(() -> rooms().getItems().size() == 12);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        robot.write("Salle Napoléon").type(KeyCode.TAB).write("Élysée Palace").type(KeyCode.TAB).write("0");
        waitUntil(() -> robot.lookup("#saveButton").queryAs(Button.class).isDisabled());
        robot.type(KeyCode.ENTER);
        assertNull(stored("Salle Napoléon"), "capacity 0 is not saved");

        robot.type(KeyCode.BACK_SPACE).write("25").type(KeyCode.ENTER);
        waitUntil(() -> stored("Salle Napoléon") != null);
        assertEquals(25, stored("Salle Napoléon").capacity());
        waitUntil(() -> rooms().getItems().size() == 13);

        robot.clickOn("#filter").write("napol");
        waitUntil(() -> rooms().getItems().size() == 1);
        assertEquals("Salle Napoléon", rooms().getItems().get(0).room().name());
    }

    @Test
    void aKeyUsedByAnotherRoomIsRefusedAtTheField() throws Exception {
        open("rooms");
        choose("Salon vert");
        replaceText("#key", "salon-murat");
        waitUntil(() -> robot.lookup("#saveButton").queryAs(Button.class).isDisabled());
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> "salon-vert".equals(robot.lookup("#key").queryAs(TextField.class).getText()));
    }

    @Test
    void deletingARoomInUseSaysWhatUsesItAndUndoPutsItBack() throws Exception {
        open("rooms");
        choose("Salle des fêtes");
        List<Long> booked = services.rooms().bookings(stored("Salle des fêtes").id()).stream().map(b -> b.id()).toList();
        assertEquals(3, booked.size());

        robot.clickOn("#table").type(KeyCode.DELETE);
        waitUntil(() -> robot.lookup("#usedByList").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<String> usedBy = robot.lookup("#usedByList").queryAs(ListView.class);
        assertEquals(3, usedBy.getItems().size());
        assertTrue(usedBy.getItems().get(0).contains("Opening plenary"), usedBy.getItems().toString());
        answerDialog("Delete");
        waitUntil(() -> stored("Salle des fêtes") == null);
        assertTrue(roomsOf(booked).stream().allMatch(r -> r == null), "the items lost their room");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> stored("Salle des fêtes") != null);
        long id = stored("Salle des fêtes").id();
        assertTrue(roomsOf(booked).stream().allMatch(r -> r != null && r == id), "booked in it again");

        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        waitUntil(() -> stored("Salle des fêtes") == null);
    }

    @Test
    void cancellingADeleteKeepsTheRoom() throws Exception {
        open("rooms");
        choose("Salon vert");
        robot.clickOn("#deleteButton");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        answerDialog("Cancel");
        WaitForAsyncUtils2.settle();
        assertTrue(stored("Salon vert") != null);
    }

    @Test
    void aRoomChangedElsewhereAsksAndOverwritesOnlyWhenTold() throws Exception {
        open("rooms");
        choose("Salon Murat");
        Room theirs = stored("Salon Murat");
        services.rooms().update(new Room(theirs.id(), theirs.key(), theirs.name(), "Élysée, first floor", 55,
                theirs.version()));

        replaceText("#capacity", "70");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        answerDialog("Reload theirs");
        waitUntil(() -> "55".equals(robot.lookup("#capacity").queryAs(TextField.class).getText()));
        assertEquals("Élysée, first floor", robot.lookup("#building").queryAs(TextField.class).getText());
        assertEquals(55, stored("Salon Murat").capacity());

        theirs = stored("Salon Murat");
        services.rooms().update(new Room(theirs.id(), theirs.key(), theirs.name(), "Élysée", 50, theirs.version()));
        replaceText("#capacity", "70");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        answerDialog("Overwrite with mine");
        waitUntil(() -> stored("Salon Murat").capacity() == 70);
        waitUntil(() -> robot.lookup("#revertButton").queryAs(Button.class).isDisabled());
        assertEquals("Élysée, first floor", stored("Salon Murat").building(), "my form's building, not theirs");
    }

    @Test
    void undoAndRedoAnEdit() throws Exception {
        open("rooms");
        choose("Jardin d'hiver");
        replaceText("#capacity", "95");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> stored("Jardin d'hiver").capacity() == 95);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> stored("Jardin d'hiver").capacity() == 90);
        waitUntil(() -> "90".equals(robot.lookup("#capacity").queryAs(TextField.class).getText()));
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        waitUntil(() -> stored("Jardin d'hiver").capacity() == 95);
    }

    @Test
    void aRoomNotForBilateralsIsTickedOffInTheFormSaidInTheTableAndUndone() throws Exception {
        open("rooms");
        waitUntil(() -> rooms().getItems().size() == 12);
        assertEquals("no", bilateralsCell("Cour d'honneur"), "the demo's courtyard is not for bilaterals");
        assertEquals("no", bilateralsCell("Salle de presse"), "nor the press room");
        assertEquals("yes", bilateralsCell("Salon Murat"));
        CheckBox box = robot.lookup("#bilaterals").queryAs(CheckBox.class);
        assertTrue(box.isDisabled() && !box.isSelected(), "no room chosen: the greyed form shows nothing ticked");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> !box.isDisabled());
        assertTrue(box.isSelected(), "a new room is for bilaterals unless unticked");

        choose("Salon Murat");
        CheckBox usable = robot.lookup("#bilaterals").queryAs(CheckBox.class);
        assertTrue(usable.isSelected());
        robot.clickOn(usable);
        waitUntil(() -> !robot.lookup("#saveButton").queryAs(Button.class).isDisabled());
        robot.clickOn("#saveButton");
        waitUntil(() -> !stored("Salon Murat").bilaterals());
        waitUntil(() -> "no".equals(bilateralsCell("Salon Murat")));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> stored("Salon Murat").bilaterals());
        waitUntil(usable::isSelected);

        // unticked and reverted: nothing saved
        robot.clickOn(usable);
        waitUntil(() -> !robot.lookup("#revertButton").queryAs(Button.class).isDisabled());
        robot.clickOn("#revertButton");
        waitUntil(usable::isSelected);
        assertTrue(stored("Salon Murat").bilaterals());
    }

    /** What the table's Bilaterals column shows for a room (it may be filtered out of view: read from the column). */
    @SuppressWarnings("unchecked")
    private String bilateralsCell(String name) {
        TableColumn<RoomRow, String> column = (TableColumn<RoomRow, String>) rooms().getColumns().stream()
                .filter(c -> "bilateralsColumn".equals(c.getId())).findFirst().orElseThrow();
        return rooms().getItems().stream().filter(r -> r.room().name().equals(name)).findFirst()
                .map(column::getCellData).orElse(null);
    }

    private List<Long> roomsOf(List<Long> itemIds) {
        List<AgendaItem> agenda = new SummitStore(elsewhere).read(summit.id()).agenda();
        return itemIds.stream().map(id -> agenda.stream().filter(i -> i.id() == id).findFirst().orElseThrow().roomId())
                .toList();
    }

    /** Lets background work and the FX queue settle. */
    private static final class WaitForAsyncUtils2 {
        static void settle() throws InterruptedException {
            Thread.sleep(300);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
