package org.summitplanner.ui.nations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.NationStanding;
import org.summitplanner.model.Participation;
import org.summitplanner.model.ParticipationStatus;
import org.summitplanner.ui.ScreenTestSupport;

/** The nations screen, driven from the keyboard and the mouse, read back from the screen and the database. */
class NationsScreenTest extends ScreenTestSupport {

    private static final List<String> GUINEAS = List.of("GQ", "GN", "GW");

    private TableView<NationStanding> nations() {
        return table("#table");
    }

    private NationStanding stored(String code) {
        return services.nations().current(summit.id(), List.of(code)).get(0);
    }

    private Node rowOf(String code) {
        return robot.lookup(".table-row-cell").match(n -> ((TableRow<?>) n).getItem() instanceof NationStanding s
                && s.code().equals(code)).query();
    }

    /** The texts the table shows in a row, cell by cell. */
    private List<String> cellsOf(String code) {
        return robot.lookup(".table-cell").match(n -> n instanceof TableCell<?, ?> c && c.getTableRow() != null
                        && c.getTableRow().getItem() instanceof NationStanding s && s.code().equals(code))
                .queryAllAs(TableCell.class).stream().map(c -> c.getText() == null ? "" : c.getText()).toList();
    }

    private void filter(String text, int rows) throws Exception {
        robot.clickOn("#filter").eraseText(40).write(text);
        waitUntil(() -> nations().getItems().size() == rows);
    }

    private void choose(String filter, String code) throws Exception {
        filter(filter, 1);
        robot.clickOn(rowOf(code));
        waitUntil(() -> text("#formTitle").endsWith("(" + code + ")"));
    }

    private void undo() {
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
    }

    private void redo() {
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
    }

    @Test
    void inviteThreeNationsAtOnceAndUndoIt() throws Exception {
        open("nations");
        waitUntil(() -> "34 taking part".equals(text("#countTAKING_PART")));
        assertEquals("217 not invited", text("#countNOT_INVITED"));
        filter("guinea", 4);
        assertEquals(List.of("GQ", "GN", "GW", "PG"), nations().getItems().stream().map(NationStanding::code).toList(),
                "English alphabetical order");

        robot.clickOn(rowOf("GQ"));
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN, KeyCode.DOWN).release(KeyCode.SHIFT);
        waitUntil(() -> "3 nations selected".equals(text("#selectionLabel")));
        assertEquals("3 nations selected", text("#formTitle"));

        robot.clickOn("#setStatusButton");
        robot.clickOn(robot.lookup(".menu-item").match(n -> n.getId() != null && n.getId().equals("setStatusINVITED"))
                .queryAs(Node.class));

        waitUntil(() -> "37 taking part".equals(text("#countTAKING_PART")));
        assertEquals("6 invited", text("#countINVITED"));
        assertEquals("214 not invited", text("#countNOT_INVITED"));
        String today = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH)
                .format(LocalDate.now());
        for (String code : GUINEAS) {
            waitUntil(() -> cellsOf(code).contains("Invited"));
            assertTrue(cellsOf(code).contains(today), cellsOf(code).toString());
            assertEquals(ParticipationStatus.INVITED, stored(code).status(), code);
            assertEquals(LocalDate.now(), stored(code).invitedOn(), code);
            assertNull(stored(code).respondedOn(), code);
        }
        assertEquals("Not invited", cellsOf("PG").get(2));
        assertNull(stored("PG").participation(), "Papua New Guinea was not selected");
        assertEquals(3, nations().getSelectionModel().getSelectedItems().size(), "the three stay selected");

        undo();
        waitUntil(() -> stored("GW").participation() == null);
        assertNull(stored("GQ").participation(), "one undo step for the whole change");
        assertNull(stored("GN").participation());
        waitUntil(() -> "34 taking part".equals(text("#countTAKING_PART")));
        assertEquals("Not invited", cellsOf("GN").get(2));

        redo();
        waitUntil(() -> GUINEAS.stream().allMatch(c -> stored(c).status() == ParticipationStatus.INVITED));
        waitUntil(() -> "37 taking part".equals(text("#countTAKING_PART")));
    }

    @Test
    void selectAllByKeyboardAndDeclineFromTheMenuKeys() throws Exception {
        open("nations");
        robot.clickOn("#statusFilter");
        robot.clickOn(robot.lookup(".menu-item").match(n -> n.lookup(".label") instanceof javafx.scene.control.Label l
                && "Invited, no reply".equals(l.getText())).queryAs(Node.class));
        waitUntil(() -> nations().getItems().size() == 3);
        robot.clickOn(rowOf("BG"));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        waitUntil(() -> "3 nations selected".equals(text("#selectionLabel")));
        // Alt+S opens "Set status"; Declined is the fourth entry
        robot.press(KeyCode.ALT).type(KeyCode.S).release(KeyCode.ALT);
        robot.type(KeyCode.DOWN, 4).type(KeyCode.ENTER);
        waitUntil(() -> "4 declined".equals(text("#countDECLINED")));
        assertEquals(ParticipationStatus.DECLINED, stored("LU").status());
        assertEquals(LocalDate.now(), stored("LU").respondedOn());
        assertTrue(nations().getItems().isEmpty(), "none of them is awaiting a reply any more");
    }

    @Test
    void aParticipationChangedElsewhereAsksAndReloadsOrOverwrites() throws Exception {
        open("nations");
        choose("cyprus", "CY");
        NationStanding theirs = stored("CY");
        Participation p = theirs.participation();
        services.nations().save(summit.id(), theirs, new Participation(0, "CY", p.status(), p.invitedOn(), null,
                "Reply expected by phone.", 0));

        pickStatus("Confirmed");
        robot.type(KeyCode.ENTER);
        answerDialog("Reload theirs");
        waitUntil(() -> "Reply expected by phone.".equals(robot.lookup("#notes").queryAs(TextArea.class).getText()));
        assertEquals(ParticipationStatus.INVITED, statusField().getValue());
        assertEquals(ParticipationStatus.INVITED, stored("CY").status(), "nothing of mine was written");

        theirs = stored("CY");
        p = theirs.participation();
        services.nations().save(summit.id(), theirs, new Participation(0, "CY", p.status(), p.invitedOn(), null,
                "Reply expected by phone, from the minister's office.", 0));
        pickStatus("Confirmed");
        robot.type(KeyCode.ENTER);
        answerDialog("Overwrite with mine");
        waitUntil(() -> stored("CY").status() == ParticipationStatus.CONFIRMED);
        assertEquals(LocalDate.now(), stored("CY").respondedOn());
        assertEquals("Reply expected by phone.", stored("CY").notes(), "my form's notes, not theirs");
        waitUntil(() -> cellsOf("CY").contains("Confirmed"));
    }

    @Test
    void removingANationWithADelegationSaysWhatStaysAndUndoPutsItBack() throws Exception {
        open("nations");
        choose("usa", "US");
        robot.clickOn(rowOf("US")).type(KeyCode.DELETE);
        waitUntil(() -> robot.lookup("#usedByList").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<String> usedBy = robot.lookup("#usedByList").queryAs(ListView.class);
        assertEquals(List.of("Delegation: Lt. Col. Russell Hargreave"), usedBy.getItems());
        answerDialog("Delete");
        waitUntil(() -> stored("US").participation() == null);
        assertEquals(1, stored("US").delegationSize());
        waitUntil(() -> cellsOf("US").contains("Not invited") && !cellsOf("US").stream()
                .anyMatch(t -> t.startsWith("Deliberately")));
        assertTrue(cellsOf("US").contains("Lt. Col. Russell Hargreave"), "the delegation stays");

        undo();
        waitUntil(() -> stored("US").participation() != null);
        assertTrue(stored("US").notes().startsWith("Deliberately not invited"));
    }

    @Test
    void aWrongFormIsNotSavedAndEscapeRevertsIt() throws Exception {
        open("nations");
        choose("bulgarie", "BG");
        robot.clickOn("#respondedOn").write("3/1/2025").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#saveButton").queryButton().isDisabled());
        assertNull(stored("BG").respondedOn(), "invited with a reply date is refused");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#respondedOn").queryAs(javafx.scene.control.DatePicker.class).getValue() == null);
    }

    @SuppressWarnings("unchecked")
    private ChoiceBox<ParticipationStatus> statusField() {
        return robot.lookup("#status").queryAs(ChoiceBox.class);
    }

    private void pickStatus(String label) {
        robot.clickOn("#status");
        robot.clickOn(robot.lookup(".menu-item").match(n -> n.lookup(".label") instanceof javafx.scene.control.Label l
                && label.equals(l.getText())).queryAs(Node.class));
    }
}
