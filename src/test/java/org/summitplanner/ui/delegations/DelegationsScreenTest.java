package org.summitplanner.ui.delegations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.Attendee;
import org.summitplanner.store.SummitStore;
import org.summitplanner.ui.ScreenTestSupport;

/** The delegations screen, driven as a person would, read back from the screen and the database. */
class DelegationsScreenTest extends ScreenTestSupport {

    private TableView<DelegationRow> delegations() {
        return table("#delegationTable");
    }

    private TableView<AttendeeRow> members() {
        return table("#memberTable");
    }

    private TableView<AttendeeRow> allAttendees() {
        return table("#attendeeTable");
    }

    private Attendee stored(String key) {
        return services.attendees().attendees(summit.id()).stream().filter(a -> key.equals(a.key())).findFirst()
                .orElse(null);
    }

    private Optional<Attendee> storedWithEmail(String email) {
        return services.attendees().attendees(summit.id()).stream().filter(a -> email.equals(a.email())).findFirst();
    }

    private List<String> storedHeads(String nation) {
        return services.attendees().attendees(summit.id()).stream()
                .filter(a -> a.nation().equals(nation) && a.headOfDelegation()).map(Attendee::key).toList();
    }

    private String field(String id) {
        return robot.lookup("#" + id).queryAs(TextField.class).getText();
    }

    private void chooseDelegation(String name) throws Exception {
        open("delegations");
        waitUntil(() -> delegations().getItems().size() == 36);
        robot.clickOn("#delegationFilter").write(name);
        waitUntil(() -> delegations().getItems().size() == 1);
        robot.clickOn(robot.lookup("#delegationTable .table-row-cell")
                .match(n -> ((TableRow<?>) n).getItem() != null).queryAs(Node.class));
        waitUntil(() -> !members().getItems().isEmpty());
    }

    private void clickMember(String key) throws Exception {
        robot.clickOn(robot.lookup("#memberTable .table-row-cell")
                .match(n -> ((TableRow<?>) n).getItem() instanceof AttendeeRow r && key.equals(r.attendee().key()))
                .queryAs(Node.class));
        waitUntil(() -> stored(key).givenName().equals(field("givenName")));
    }

    /** The ControlsFX error mark next to a field, found by the message its tooltip carries. */
    private Optional<Label> errorMarkSaying(String message) {
        return robot.lookup(n -> n instanceof Label l && l.getTooltip() != null
                && message.equals(l.getTooltip().getText()) && l.isVisible()).tryQueryAs(Label.class);
    }

    private static boolean near(Node mark, Node field) {
        Bounds m = mark.localToScreen(mark.getBoundsInLocal());
        Bounds f = field.localToScreen(field.getBoundsInLocal());
        return m.getMinX() < f.getMaxX() + 10 && m.getMaxX() > f.getMinX() - 10
                && m.getMinY() < f.getMaxY() + 10 && m.getMaxY() > f.getMinY() - 10;
    }

    @Test
    void addAnAttendeeWithABadEmailFixItAndFindItAmongAllAttendees() throws Exception {
        chooseDelegation("Slovenia");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        robot.write("Ana").type(KeyCode.TAB).write("Novak-Žagar").type(KeyCode.TAB).write("Defence attaché")
                .type(KeyCode.TAB).write("ana.novak@example");
        String message = "Not an email address (name@example.org)";
        waitUntil(() -> errorMarkSaying(message).isPresent());
        assertTrue(near(errorMarkSaying(message).get(), robot.lookup("#email").query()), "the mark is at the email field");
        assertEquals("Email: " + message, text("#problems"), "and the form says why, in sight");
        assertTrue(robot.lookup("#saveButton").queryAs(Button.class).isDisabled());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> text("#notice").startsWith("Fix the marked fields"));
        assertTrue(storedWithEmail("ana.novak@example").isEmpty(), "an invalid form is not saved");

        robot.write(".si");
        waitUntil(() -> errorMarkSaying(message).isEmpty());
        assertEquals("", text("#problems"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> storedWithEmail("ana.novak@example.si").isPresent());
        Attendee ana = storedWithEmail("ana.novak@example.si").get();
        assertEquals("SI", ana.nation(), "a new attendee joins the chosen delegation");
        assertEquals("Novak-Žagar", ana.familyName());
        assertEquals("Defence attaché", ana.position());
        assertFalse(ana.headOfDelegation());
        waitUntil(() -> members().getItems().size() == 5);

        robot.clickOn("All attendees");
        robot.clickOn("#nameFilter").write("zagar");
        waitUntil(() -> allAttendees().getItems().size() == 1);
        assertEquals(ana.id(), allAttendees().getItems().get(0).id());
        assertEquals("Slovenia", allAttendees().getItems().get(0).nationName());
        robot.clickOn("#nameFilter").eraseText(5);
        robot.clickOn("#emailFilter").write("ana.novak@");
        waitUntil(() -> allAttendees().getItems().size() == 1);
        assertEquals("Novak-Žagar", allAttendees().getItems().get(0).attendee().familyName());
    }

    @Test
    void movingTheHeadOfDelegationAsksAndLeavesExactlyOneHead() throws Exception {
        chooseDelegation("Slovenia");
        clickMember("si-3");
        robot.clickOn("#head").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#headMoveDialog").tryQuery().isPresent());
        DialogPane question = robot.lookup("#headMoveDialog").queryAs(DialogPane.class);
        assertEquals("Move the head of delegation mark from Lt. Gen. Robert Glavaš to Ms Tjaša Mlakar-Vrhovnik?",
                question.getHeaderText());
        assertEquals(List.of("si-1"), storedHeads("SI"), "nothing moves before the answer");
        answerDialog("Move the mark");

        waitUntil(() -> storedHeads("SI").equals(List.of("si-3")));
        waitUntil(() -> "Ms Tjaša Mlakar-Vrhovnik".equals(delegations().getItems().get(0).head().displayName()));
        List<String> marked = members().getItems().stream().filter(r -> r.attendee().headOfDelegation())
                .map(r -> r.attendee().key()).toList();
        assertEquals(List.of("si-3"), marked);
        assertFalse(stored("si-1").headOfDelegation());
    }

    @Test
    void deletingSomeoneOnTheAgendaListsTheItemsAndUndoBringsThemBackOnThem() throws Exception {
        chooseDelegation("Slovenia");
        clickMember("si-1");
        long id = stored("si-1").id();
        List<Long> named = agendaNaming(id);
        assertEquals(5, named.size());

        // the click on his row left the focus in the table: Delete acts on the chosen row
        robot.type(KeyCode.DELETE);
        waitUntil(() -> robot.lookup("#usedByList").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<String> usedBy = robot.lookup("#usedByList").queryAs(ListView.class);
        assertEquals(5, usedBy.getItems().size());
        assertTrue(usedBy.getItems().get(0).contains("Welcome of the heads of delegation"), usedBy.getItems().toString());
        answerDialog("Delete");
        waitUntil(() -> stored("si-1") == null);
        assertTrue(agendaNaming(id).isEmpty());
        waitUntil(() -> members().getItems().size() == 3);
        waitUntil(() -> delegations().getItems().get(0).head() == null);

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> stored("si-1") != null);
        assertEquals(id, stored("si-1").id());
        assertEquals(named, agendaNaming(id));
        assertTrue(stored("si-1").headOfDelegation());
        waitUntil(() -> members().getItems().size() == 4);
        assertEquals("Lt. Gen. Robert Glavaš", delegations().getItems().get(0).head().displayName());
    }

    @Test
    void anAttendeeChangedElsewhereAsksAndOverwritesOnlyWhenTold() throws Exception {
        chooseDelegation("Slovenia");
        clickMember("si-4");
        Attendee theirs = stored("si-4");
        services.attendees().update(changed(theirs, "Conference interpreter", "+386 1 999 9999"));

        robot.doubleClickOn("#position").eraseText(30).write("Chief interpreter").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        answerDialog("Reload theirs");
        waitUntil(() -> "Conference interpreter".equals(field("position")));
        assertEquals("+386 1 999 9999", field("phone"));
        assertEquals("Conference interpreter", stored("si-4").position());

        theirs = stored("si-4");
        services.attendees().update(changed(theirs, "Interpreter (FR)", theirs.phone()));
        robot.doubleClickOn("#position").eraseText(30).write("Chief interpreter").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        answerDialog("Overwrite with mine");
        waitUntil(() -> "Chief interpreter".equals(stored("si-4").position()));
        assertEquals("+386 1 999 9999", stored("si-4").phone());
        assertNull(robot.lookup(".dialog-pane").tryQuery().orElse(null));
    }

    private static Attendee changed(Attendee a, String position, String phone) {
        return new Attendee(a.id(), a.key(), a.nation(), a.givenName(), a.familyName(), a.honorific(), position,
                a.role(), a.headOfDelegation(), a.email(), phone, a.languages(), a.arrivesAt(), a.departsAt(),
                a.notes(), a.version());
    }

    private List<Long> agendaNaming(long attendeeId) {
        return new SummitStore(elsewhere).read(summit.id()).agenda().stream()
                .filter(i -> i.attendeeIds().contains(attendeeId)).map(AgendaItem::id).sorted().toList();
    }
}
