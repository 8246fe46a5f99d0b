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
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableColumn<AgendaRow, String> titles =
                (javafx.scene.control.TableColumn<AgendaRow, String>) table.getColumns().stream()
                        .filter(c -> "titleColumn".equals(c.getId())).findFirst().orElseThrow();
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
        List<String> kinds = new ArrayList<>();
        robot.lookup(".table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && c.getTableColumn() != null && "kindColumn".equals(c.getTableColumn().getId())
                && c.getText() != null).queryAll().forEach(n -> {
                    javafx.scene.text.Text drawn = (javafx.scene.text.Text) n.lookup(".text");
                    String held = ((javafx.scene.control.TableCell<?, ?>) n).getText();
                    kinds.add(held.equals(drawn.getText()) ? held : "cut: " + drawn.getText());
                });
        assertTrue(kinds.contains("Séance de travail"), kinds.toString());
        assertTrue(kinds.contains("Conférence de presse"), kinds.toString());
        assertFalse(kinds.stream().anyMatch(k -> k.startsWith("cut: ")), kinds.toString());
        assertColumnsFit(table, "the agenda list");

        javafx.scene.control.ScrollPane form = robot.lookup(".agenda-form-scroll")
                .queryAs(javafx.scene.control.ScrollPane.class);
        double window = form.getScene().getWidth();
        for (int i = 0; i < table.getItems().size(); i++) {
            AgendaRow row = table.getItems().get(i);
            robot.interact(() -> table.getSelectionModel().select(row));
            waitUntil(() -> row.item().title().equals(robot.lookup("#title")
                    .queryAs(javafx.scene.control.TextField.class).getText()));
            for (String field : new String[] {"#title", "#titleFr", "#participantFilter", "#key"}) {
                Node node = robot.lookup(field).query();
                double right = node.localToScene(node.getLayoutBounds()).getMaxX();
                double viewport = form.localToScene(form.getLayoutBounds()).getMaxX();
                assertTrue(right <= Math.min(window, viewport), row.title() + ": " + field + " ends at " + right
                        + " in a form ending at " + viewport + ", a window " + window + " wide");
            }
            for (Node bar : form.lookupAll(".scroll-bar")) {
                if (bar instanceof javafx.scene.control.ScrollBar s
                        && s.getOrientation() == javafx.geometry.Orientation.HORIZONTAL) {
                    assertFalse(s.isVisible(), row.title() + ": a horizontal scroll bar under the form");
                }
            }
        }
    }

    @Test
    void roomsShowTheFrenchBuildingAndTheBookingsInFrench() throws Exception {
        open("rooms");
        TableView<RoomRow> rooms = table("#table");
        waitUntil(() -> rooms.getItems().size() == 12);
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableColumn<RoomRow, String> buildings =
                (javafx.scene.control.TableColumn<RoomRow, String>) rooms.getColumns().stream()
                        .filter(c -> "buildingColumn".equals(c.getId())).findFirst().orElseThrow();
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
