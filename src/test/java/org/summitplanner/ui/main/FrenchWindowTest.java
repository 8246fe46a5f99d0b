package org.summitplanner.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.AgendaItemRef;
import org.summitplanner.model.Summit;
import org.summitplanner.service.RoomService.RoomRow;
import org.summitplanner.ui.ScreenTestSupport;
import org.summitplanner.ui.agenda.AgendaRow;
import org.summitplanner.ui.findings.FindingRow;

/** The window in French on the demo summit, which has French names, venue, titles and buildings. */
class FrenchWindowTest extends ScreenTestSupport {

    private static final String NAME_FR = "Conférence de Paris sur les garanties de sécurité pour l'Ukraine";
    private static final String OPENING = "Opening plenary: security guarantees for Ukraine";
    private static final String OPENING_FR = "Séance plénière d'ouverture : les garanties de sécurité pour l'Ukraine";

    @Override
    protected Locale language() {
        return Locale.FRENCH;
    }

    private AgendaItem stored(String title) {
        return services.agenda().items(summit.id()).stream().filter(i -> i.title().equals(title)).findFirst()
                .orElseThrow();
    }

    @Test
    void theOverviewAndTheSummitChooserNameTheSummitInFrench() throws Exception {
        assertEquals(NAME_FR, text("#title"));
        waitUntil(() -> text("#place").startsWith("Palais de l'Élysée, Paris"));
        @SuppressWarnings("unchecked")
        ComboBox<Summit> chooser = robot.lookup("#summitSwitcher").queryAs(ComboBox.class);
        ListCell<Summit> shown = chooser.getButtonCell();
        assertEquals(NAME_FR + "  (2025-03-11)", shown.getText());
    }

    @Test
    void theAgendaListAndTimelineShowTheFrenchTitlesAndTheFilterFindsThem() throws Exception {
        open("agenda");
        TableView<AgendaRow> table = table("#table");
        waitUntil(() -> table.getItems().size() == 17);
        javafx.scene.control.TableColumn<AgendaRow, String> titles = column(table, "titleColumn");
        List<String> shown = table.getItems().stream().map(titles::getCellData).toList();
        assertTrue(shown.contains(OPENING_FR), shown.toString());
        // every item of the demo has a French title: no English one is left in the list
        for (AgendaItem item : services.agenda().items(summit.id())) {
            assertFalse(shown.contains(item.title()), "English in the French list: " + item.title());
        }

        // by the shown title ("couverture" in another French title: the whole words)
        replaceText("#filter", "d'ouverture");
        waitUntil(() -> table.getItems().size() == 1);
        assertEquals(OPENING_FR, titles.getCellData(table.getItems().get(0)));
        replaceText("#filter", "");

        robot.clickOn("Journée");
        AgendaItem opening = stored(OPENING);
        Node block = robot.lookup("#timeline-item-" + opening.id()).query();
        waitUntil(block::isVisible);
        Label title = (Label) block.lookup(".timeline-block-title");
        assertEquals(OPENING_FR, title.getText());
    }

    @Test
    void atTheFirstWindowSizeTheAgendaShowsItsKindsWholeAndTheFormFitsForEveryItem() throws Exception {
        atFirstWindowSize();
        open("agenda");
        TableView<AgendaRow> table = table("#table");
        waitUntil(() -> table.getItems().size() == 17);
        // what the cells draw, not what they hold: a cut kind reads « Séance d… »
        assertDrawnWhole("kindColumn", "Séance de travail");
        assertDrawnWhole("kindColumn", "Conférence de presse");
        assertColumnsFit(table, "the agenda list");

        javafx.scene.control.ScrollPane form = robot.lookup(".agenda-form-scroll")
                .queryAs(javafx.scene.control.ScrollPane.class);
        for (int i = 0; i < table.getItems().size(); i++) {
            AgendaRow row = table.getItems().get(i);
            robot.interact(() -> table.getSelectionModel().select(row));
            waitUntil(() -> row.item().title().equals(robot.lookup("#title")
                    .queryAs(javafx.scene.control.TextField.class).getText()));
            assertInsideForm(form, row.title(), "#title", "#titleFr", "#participantFilter", "#key");
        }
    }

    @Test
    void onAWeekLongSummitAtTheFirstWindowSizeTheKindGivesWayToTheTitle() throws Exception {
        // a Day column (several days) leaves less room: the whole « Conférence de presse » left titles 90 px
        Summit week = new Summit(summit.id(), summit.name(), summit.hostNation(), summit.city(), summit.venue(),
                summit.firstDay(), summit.firstDay().plusDays(4), summit.timeZone(), summit.transferMinutes(),
                summit.version(), summit.nameFr(), summit.venueFr());
        robot.interact(() -> model.updateSummit(summit, week));
        waitUntil(() -> week.lastDay().equals(model.currentSummitProperty().get().lastDay()));
        atFirstWindowSize();
        open("agenda");
        TableView<AgendaRow> table = table("#table");
        waitUntil(() -> table.getItems().size() == 17);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertTrue(table.getVisibleLeafColumns().stream().anyMatch(c -> "dayColumn".equals(c.getId())), "a Day column");
        assertColumnsFit(table, "the agenda list");
        double title = column(table, "titleColumn").getWidth();
        assertTrue(title >= 150, "the title column is " + title + " wide");
    }

    @Test
    void atTheFirstWindowSizeTheDelegationsListAndTheAttendeeFormFit() throws Exception {
        atFirstWindowSize();
        open("delegations");
        TableView<?> delegations = table("#delegationTable");
        waitUntil(() -> delegations.getItems().size() == 36);
        assertColumnsFit(delegations, "the delegations");
        assertDrawnWhole("statusColumn", "Observatrice");
        robot.clickOn(robot.lookup("#delegationTable .table-row-cell")
                .match(n -> ((javafx.scene.control.TableRow<?>) n).getItem() != null).queryAs(Node.class));
        TableView<?> members = table("#memberTable");
        waitUntil(() -> !members.getItems().isEmpty());
        robot.clickOn(robot.lookup("#memberTable .table-row-cell")
                .match(n -> ((javafx.scene.control.TableRow<?>) n).getItem() != null).queryAs(Node.class));
        waitUntil(() -> !robot.lookup("#givenName").queryAs(javafx.scene.control.TextField.class).getText().isEmpty());
        assertInsideForm(robot.lookup(".attendee-form-scroll").queryAs(javafx.scene.control.ScrollPane.class),
                "the attendee form", "#familyName", "#phone", "#key", "#departureTime", "#tookOffice", "#styleFr");
    }

    @Test
    void atTheFirstWindowSizeTheBilateralsShowNamesAndStatusesWhole() throws Exception {
        atFirstWindowSize();
        open("bilaterals");
        waitUntil(() -> table("#table").getItems().size() == 20);
        assertColumnsFit(table("#table"), "the requests");
        assertColumnsFit(table("#proposal"), "the proposal");
        assertDrawnWhole("nationColumn", "Royaume-Uni");
        assertDrawnWhole("statusColumn", "demandée");
    }

    /** Every cell of a column that holds this text draws it whole, not cut to « Observat… ». */
    private void assertDrawnWhole(String column, String text) {
        List<String> drawn = new ArrayList<>();
        robot.lookup(".table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && c.getTableColumn() != null && column.equals(c.getTableColumn().getId())
                && text.equals(c.getText())).queryAll()
                .forEach(n -> drawn.add(((javafx.scene.text.Text) n.lookup(".text")).getText()));
        assertFalse(drawn.isEmpty(), "no cell shows " + text);
        drawn.forEach(d -> assertEquals(text, d, column + " cuts it"));
    }

    /** The fields end inside the form's scroll pane and the window, with no horizontal scroll bar under them. */
    private static void assertInsideForm(javafx.scene.control.ScrollPane form, String which, String... fields) {
        double viewport = form.localToScene(form.getLayoutBounds()).getMaxX();
        double window = form.getScene().getWidth();
        for (String field : fields) {
            Node node = form.lookup(field);
            double right = node.localToScene(node.getLayoutBounds()).getMaxX();
            assertTrue(right <= Math.min(window, viewport), which + ": " + field + " ends at " + right
                    + " in a form ending at " + viewport + ", a window " + window + " wide");
        }
        for (Node bar : form.lookupAll(".scroll-bar")) {
            if (bar instanceof javafx.scene.control.ScrollBar s
                    && s.getOrientation() == javafx.geometry.Orientation.HORIZONTAL) {
                assertFalse(s.isVisible(), which + ": a horizontal scroll bar");
            }
        }
    }

    @Test
    void roomsShowTheFrenchBuildingAndTheBookingsInFrench() throws Exception {
        open("rooms");
        TableView<RoomRow> rooms = table("#table");
        waitUntil(() -> rooms.getItems().size() == 12);
        javafx.scene.control.TableColumn<RoomRow, String> buildings = column(rooms, "buildingColumn");
        RoomRow fetes = rooms.getItems().stream().filter(r -> "salle-des-fetes".equals(r.room().key())).findFirst()
                .orElseThrow();
        assertEquals("Palais de l'Élysée", buildings.getCellData(fetes));

        robot.interact(() -> rooms.getSelectionModel().select(fetes));
        @SuppressWarnings("unchecked")
        ListView<AgendaItemRef> bookings = robot.lookup("#bookings").queryAs(ListView.class);
        waitUntil(() -> !bookings.getItems().isEmpty());
        List<String> lines = new ArrayList<>();
        robot.lookup("#bookings .list-cell").queryAll().forEach(n -> lines.add(((ListCell<?>) n).getText()));
        assertTrue(lines.stream().anyMatch(l -> l != null && l.endsWith("·  " + OPENING_FR)), lines.toString());
        assertFalse(lines.stream().anyMatch(l -> l != null && l.contains(OPENING)), lines.toString());
    }

    @Test
    void findingsNameTheItemsByTheirFrenchTitles() throws Exception {
        open("findings");
        @SuppressWarnings("unchecked")
        TreeTableView<Object> table = robot.lookup("#findingsTable").queryAs(TreeTableView.class);
        waitUntil(() -> rows(table).size() == 10);
        List<AgendaItem> items = services.agenda().items(summit.id());
        int naming = 0;
        for (FindingRow row : rows(table)) {
            for (long id : row.finding().itemIds()) {
                AgendaItem item = items.stream().filter(i -> i.id() == id).findFirst().orElseThrow();
                assertFalse(row.message().contains(item.title()), row.message());
                assertTrue(row.involves().contains("\u201C" + item.titleFr() + "\u201D"), row.involves());
                if (row.message().contains("\u201C")) {
                    assertTrue(row.message().contains("\u201C" + item.titleFr() + "\u201D"), row.message());
                    naming++;
                }
            }
        }
        assertTrue(naming > 0, "the demo has findings that name items");
    }

    private static List<FindingRow> rows(TreeTableView<Object> table) {
        List<FindingRow> rows = new ArrayList<>();
        for (TreeItem<Object> group : table.getRoot().getChildren()) {
            group.getChildren().forEach(leaf -> rows.add((FindingRow) leaf.getValue()));
        }
        return rows;
    }
}
