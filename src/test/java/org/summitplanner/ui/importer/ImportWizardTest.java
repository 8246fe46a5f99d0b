package org.summitplanner.ui.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.summitplanner.importing.Outcome;
import org.summitplanner.importing.PlannedRow;
import org.summitplanner.ui.ScreenTestSupport;

/** The import wizard driven as a planner would: open a file, read the preview, import, see the people, undo. */
class ImportWizardTest extends ScreenTestSupport {

    private void openWizard(Path file) throws Exception {
        open("delegations");
        robot.clickOn("#importButton");
        typePath(file);
    }

    /** Puts the path in the field (typing it key by key takes seconds) and presses Enter as a user would. */
    private void typePath(Path file) throws Exception {
        waitUntil(() -> robot.lookup("#pathField").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#pathField").queryTextInputControl()
                .setText(file.toAbsolutePath().toString()));
        robot.clickOn("#pathField").type(KeyCode.ENTER);
    }

    private int stored() {
        return services.attendees().attendees(summit.id()).size();
    }

    @Test
    void importTheFrenchSampleSeeThePeopleThenUndo() throws Exception {
        openWizard(Path.of("assets/samples/delegation-fr.csv"));
        waitUntil(() -> text("#totals").startsWith("6 rows"));
        assertEquals("6 rows: 5 new, 1 to update, 0 unchanged, 0 duplicates, 0 errors", text("#totals"));
        assertEquals(6, table("#previewTable").getItems().size());

        // show only the update: it lists the fields it changes
        robot.interact(() -> robot.lookup("#filterChoice").queryAs(ComboBox.class).setValue(Outcome.UPDATE));
        assertEquals(1, table("#previewTable").getItems().size());
        PlannedRow update = (PlannedRow) table("#previewTable").getItems().get(0);
        assertEquals("Glavaš", update.attendee().familyName());
        assertTrue(robot.lookup(".table-cell").match(n -> n instanceof javafx.scene.control.Labeled l
                && l.getText() != null && l.getText().startsWith("changes Position, Arrival, Departure"))
                .tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#filterChoice").queryAs(ComboBox.class).setValue(null));

        assertEquals(113, stored());
        robot.clickOn("#commitButton");
        waitUntil(() -> text("#status").startsWith("Imported: 5 added, 1 updated."));
        assertEquals(118, stored());
        robot.clickOn("#closeButton");

        robot.clickOn("All attendees");
        waitUntil(() -> table("#attendeeTable").getItems().stream()
                .anyMatch(r -> r.toString().contains("Frieden")));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> stored() == 113);
        waitUntil(() -> table("#attendeeTable").getItems().stream().noneMatch(r -> r.toString().contains("Frieden")));
        assertEquals("Chief of the General Staff of the Slovenian Armed Forces", services.attendees()
                .attendees(summit.id()).stream().filter(a -> a.familyName().equals("Glavaš")).findFirst()
                .orElseThrow().position());
    }

    @Test
    @SuppressWarnings("unchecked")
    void anExcelWorkbookIsReadAsTheCommandLineReadsIt() throws Exception {
        // every .xlsx failed here with "cannot read the workbook: null"
        Path file = org.summitplanner.importing.WorkbookSamples.awkward(dir.resolve("benelux.xlsx"));
        openWizard(file);
        waitUntil(() -> text("#totals").startsWith("5 rows"));
        assertEquals("5 rows: 3 new, 0 to update, 0 unchanged, 0 duplicates, 1 error, 1 not a person", text("#totals"));
        assertEquals("Benelux", robot.lookup("#sheetChoice").queryAs(ComboBox.class).getValue());
        MappingRow badge = robot.lookup("#mappingTable").queryTableView().getItems().stream()
                .map(MappingRow.class::cast).filter(r -> r.header().equals("Badge number")).findFirst().orElseThrow();
        assertEquals(null, badge.fieldProperty().get());
        java.util.List<PlannedRow> rows = (java.util.List<PlannedRow>) (java.util.List<?>) table("#previewTable").getItems();
        assertEquals(List.of("BE", "BE", "BE"), rows.stream().filter(r -> r.outcome() == Outcome.NEW)
                .map(r -> r.attendee().nation()).toList());
        assertTrue(rows.stream().anyMatch(r -> r.row() == 7 && r.message().contains("cell D7 holds a formula")));
        robot.interact(() -> robot.lookup("#filterChoice").queryAs(ComboBox.class).setValue(Outcome.NOT_A_PERSON));
        assertEquals(1, table("#previewTable").getItems().size());
        assertTrue(robot.lookup(".table-cell").match(n -> n instanceof javafx.scene.control.Labeled l
                && "Not a person".equals(l.getText())).tryQuery().isPresent());
        assertTrue(robot.lookup(".table-cell").match(n -> n instanceof javafx.scene.control.Labeled l
                && "not a person: a total line (\"Total: 4\"), left out".equals(l.getText())).tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#filterChoice").queryAs(ComboBox.class).setValue(null));
        robot.clickOn("#skipErrors");
        robot.clickOn("#commitButton");
        waitUntil(() -> text("#status").startsWith("Imported: 3 added, 0 updated."));
        assertEquals(116, stored());
        robot.clickOn("#closeButton");
    }

    private static Object rowOf(javafx.scene.Node node) {
        javafx.scene.Node p = node;
        while (p != null && !(p instanceof javafx.scene.control.TableRow)) {
            p = p.getParent();
        }
        return p == null ? null : ((javafx.scene.control.TableRow<?>) p).getItem();
    }

    @Test
    @SuppressWarnings("unchecked")
    void errorRowsBlockTheImportUntilSkippedAndAHandMappingIsRemembered() throws Exception {
        Path file = dir.resolve("odd.csv");
        Files.writeString(file, "Nom de famille,Nation d'origine,Courriel\nDupont,France,dupont@example.fr\n"
                + "Muster,Atlantis,muster@example.ch\n");
        openWizard(file);
        waitUntil(() -> text("#status").contains("No column holds the nation"));
        assertTrue(robot.lookup("#commitButton").queryButton().isDisabled());

        // map "Nation d'origine" by hand: the preview follows
        MappingRow nationColumn = robot.lookup("#mappingTable").queryTableView().getItems().stream()
                .map(MappingRow.class::cast).filter(r -> r.header().equals("Nation d'origine")).findFirst().orElseThrow();
        ComboBox<?> choice = robot.lookup("#mappingTable .combo-box").queryAll().stream()
                .filter(n -> rowOf(n) == nationColumn).map(ComboBox.class::cast).findFirst().orElseThrow();
        robot.interact(() -> ((ComboBox<org.summitplanner.importing.ImportField>) choice)
                .setValue(org.summitplanner.importing.ImportField.NATION));
        waitUntil(() -> text("#totals").startsWith("2 rows"));
        assertEquals(org.summitplanner.importing.ImportField.NATION, nationColumn.fieldProperty().get());
        assertEquals("2 rows: 1 new, 0 to update, 0 unchanged, 0 duplicates, 1 error", text("#totals"));
        assertTrue(text("#status").startsWith("Nothing will be written while 1 row has an error"), text("#status"));
        Button commit = robot.lookup("#commitButton").queryButton();
        assertTrue(commit.isDisabled());
        robot.clickOn("#skipErrors");
        assertTrue(robot.lookup("#skipErrors").queryAs(CheckBox.class).isSelected());
        assertFalse(commit.isDisabled());
        robot.clickOn("#commitButton");
        waitUntil(() -> text("#status").startsWith("Imported: 1 added, 0 updated."));
        assertEquals(114, stored());
        robot.clickOn("#closeButton");

        // the next file with the same headers gets the hand mapping at once
        Path next = dir.resolve("next.csv");
        Files.writeString(next, "Nom de famille,Nation d'origine,Courriel\nMartin,Belgique,martin@example.be\n");
        robot.clickOn("#importButton");
        typePath(next);
        waitUntil(() -> text("#totals").startsWith("1 row: 1 new"));
        robot.clickOn("#closeButton");
    }
}
