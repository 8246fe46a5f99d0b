package org.summitplanner.ui.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Pagination;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.summitplanner.ui.ScreenTestSupport;

/** The print screen as a person uses it: choose a document and its subject, look at the pages, export. */
class PrintScreenTest extends ScreenTestSupport {

    /**
     * The demo agenda in English: 7 pages since issue 13 (participants in the order of precedence and
     * their forms of address, "The Rt Hon." for "Rt Hon", wrap differently; it was 6).
     */
    private static final int DEMO_AGENDA_PAGES = 7;

    private Pagination pages() {
        return robot.lookup("#pages").queryAs(Pagination.class);
    }

    /** The texts drawn on the page the preview shows; none while the preview changes pages. */
    private List<String> shownTexts() {
        List<String> texts = new java.util.ArrayList<>();
        robot.lookup(".print-page").tryQuery().ifPresent(page -> collect(page, texts));
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        if (node instanceof Text t) {
            texts.add(t.getText());
        } else if (node instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, texts));
        }
    }

    private void choose(String combo, String label) throws Exception {
        robot.clickOn(combo);
        // a long list shows a few cells at a time: scroll to the one wanted, as a person would
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<Object> list = robot.lookup(".combo-box-popup .list-view").queryAs(javafx.scene.control.ListView.class);
        robot.interact(() -> list.getItems().stream().filter(i -> label.equals(String.valueOf(i))).findFirst()
                .ifPresent(list::scrollTo));
        robot.clickOn(robot.lookup(".list-cell").match(n -> label.equals(((javafx.scene.control.ListCell<?>) n).getText()))
                .queryAs(Node.class));
        waitUntil(() -> label.equals(String.valueOf(robot.lookup(combo).queryAs(ComboBox.class).getValue())));
    }

    private PrintController controller() {
        Node view = robot.lookup(".print-options").queryAs(Node.class).getParent();
        return (PrintController) view.getProperties().get(PrintController.class);
    }

    /** Answers the save dialog with {@code file}; returns the file name the dialog proposed. */
    private AtomicReference<String> answerSaveWith(Path file) {
        AtomicReference<String> proposed = new AtomicReference<>();
        controller().setSaveDialog((chooser, owner) -> {
            proposed.set(chooser.getInitialFileName());
            return file.toFile();
        });
        return proposed;
    }

    @Test
    void chooseARoomProgrammeSeeItsPageAndExportIt() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        waitUntil(() -> pages().getPageCount() == DEMO_AGENDA_PAGES && robot.lookup(".print-page").tryQuery().isPresent());
        assertTrue(shownTexts().contains("Summit agenda — Tuesday 11 March 2025"), shownTexts().toString());

        choose("#document", "Room programme");
        choose("#room", "Salle des fêtes — Élysée Palace");
        waitUntil(() -> pages().getPageCount() == 1 && shownTexts().contains("Salle des fêtes"));
        assertTrue(shownTexts().contains("Tuesday 11 March 2025 — Room programme"), shownTexts().toString());

        choose("#language", "Français");
        robot.clickOn("#classification").write("CONFIDENTIEL");
        waitUntil(() -> shownTexts().contains("CONFIDENTIEL") && shownTexts().contains("Mardi 11 mars 2025 — Programme de la salle"));

        Path pdf = dir.resolve("door.pdf");
        answerSaveWith(pdf);
        robot.clickOn("#exportPdfButton");
        waitUntil(() -> Files.exists(pdf) && robot.lookup("#status").queryLabeled().getText().startsWith("Saved"));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Salle des fêtes"), text);
            assertTrue(text.contains("HUIS CLOS"), text);
            assertTrue(text.contains("CONFIDENTIEL"), text);
        }
    }

    @Test
    void withoutAPrinterPrintSaysSoAndOffersThePdf() throws Exception {
        open("print");
        waitUntil(() -> pages().getPageCount() == DEMO_AGENDA_PAGES);
        controller().setDefaultPrinter(() -> null);
        Path pdf = dir.resolve("instead.pdf");
        answerSaveWith(pdf);
        robot.clickOn("#printButton");
        waitUntil(() -> robot.lookup(".dialog-pane .header-panel .label").tryQueryAs(javafx.scene.control.Label.class)
                .map(l -> l.getText().equals("No printer is set up on this computer.")).orElse(false));
        answerDialog("Save as PDF…");
        waitUntil(() -> Files.exists(pdf) && robot.lookup("#status").queryLabeled().getText().startsWith("Saved"));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(DEMO_AGENDA_PAGES, doc.getNumberOfPages());
        }
    }

    @Test
    void allItinerariesOfADelegationAndItsCalendar() throws Exception {
        open("print");
        waitUntil(() -> pages().getPageCount() == DEMO_AGENDA_PAGES);
        choose("#document", "Personal itinerary");
        choose("#nation", "Slovenia");
        // everyone in the delegation, one person per page set
        waitUntil(() -> robot.lookup("#status").queryLabeled().getText().matches("\\d+ pages|One page")
                && shownTexts().contains("Lt. Gen. Robert Glavaš"));
        Path ics = dir.resolve("slovenia.ics");
        AtomicReference<String> proposed = answerSaveWith(ics);
        robot.clickOn("#exportCalendarButton");
        waitUntil(() -> Files.exists(ics) && robot.lookup("#status").queryLabeled().getText().startsWith("Saved the calendar"));
        assertEquals("itinerary-SI.ics", proposed.get());
        String calendar = Files.readString(ics);
        assertTrue(calendar.contains("BEGIN:VEVENT"), calendar);
        assertTrue(calendar.contains("TZID=Europe/Paris"), calendar);
    }

    private String page() {
        return String.join(" ", shownTexts());
    }

    @Test
    void anUndoneEditIsNeitherPreviewedNorExportedAndARedoComesBack() throws Exception {
        String before = "Chief of the General Staff of the Slovenian Armed Forces";
        // Glavaš's position, changed on the Delegations screen as a person would
        open("delegations");
        robot.clickOn("#delegationFilter").write("Slovenia");
        waitUntil(() -> table("#delegationTable").getItems().size() == 1);
        robot.clickOn(robot.lookup("#delegationTable .table-row-cell")
                .match(n -> ((javafx.scene.control.TableRow<?>) n).getItem() != null).queryAs(Node.class));
        waitUntil(() -> !table("#memberTable").getItems().isEmpty());
        robot.clickOn(robot.lookup("#memberTable .table-row-cell").match(n -> ((javafx.scene.control.TableRow<?>) n)
                .getItem() != null && ((javafx.scene.control.TableRow<?>) n).getItem().toString().contains("Glavaš"))
                .queryAs(Node.class));
        waitUntil(() -> before.equals(robot.lookup("#position").queryTextInputControl().getText()));
        replaceText("#position", "Army chief");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "Army chief".equals(services.attendees().attendees(summit.id()).stream()
                .filter(a -> "si-1".equals(a.key())).findFirst().orElseThrow().position()));

        // his itinerary says so
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        // his shorter position may take the agenda back to 6 pages: wait for it to be laid out, whatever its length
        waitUntil(() -> pages().getPageCount() >= DEMO_AGENDA_PAGES - 1);
        choose("#document", "Personal itinerary");
        choose("#nation", "Slovenia");
        choose("#person", "Lt. Gen. Robert Glavaš (Slovenia)");
        waitUntil(() -> page().contains("Army chief"));

        // Ctrl+Z on the Print screen: the preview and the export are the stored data again
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> page().contains(before) && !page().contains("Army chief"));
        assertEquals("Lt. Gen. Robert Glavaš (Slovenia)", String.valueOf(robot.lookup("#person").queryAs(ComboBox.class)
                .getValue()), "the same person stays chosen");
        Path pdf = dir.resolve("glavas.pdf");
        answerSaveWith(pdf);
        robot.clickOn("#exportPdfButton");
        waitUntil(() -> Files.exists(pdf) && robot.lookup("#status").queryLabeled().getText().startsWith("Saved"));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replace("\n", " ");
            assertTrue(text.contains("Chief of the General Staff"), text);
            assertFalse(text.contains("Army chief"), text);
        }

        // and Ctrl+Y brings the edit back into the preview
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        waitUntil(() -> page().contains("Army chief"));
    }

    @Test
    void exportOverTheDatabaseOrAPipeIsRefusedAndSaysSo() throws Exception {
        open("print");
        waitUntil(() -> pages().getPageCount() == DEMO_AGENDA_PAGES);
        Path database = dir.resolve("planner.mv.db");
        answerSaveWith(database);
        robot.clickOn("#exportPdfButton");
        waitUntil(() -> robot.lookup("#status").queryLabeled().getText().contains("was not written"));
        assertEquals("“" + database + "” was not written: that is the name of a database file. Choose another name.",
                robot.lookup("#status").queryLabeled().getText());
        Path pipe = org.summitplanner.files.SpecialFiles.fifo(dir.resolve("pipe.ics"));
        choose("#document", "Personal itinerary");
        choose("#nation", "Slovenia");
        answerSaveWith(pipe);
        robot.clickOn("#exportCalendarButton");
        waitUntil(() -> robot.lookup("#status").queryLabeled().getText().contains("named pipe"));
        assertEquals("“" + pipe + "” was not written: it is a named pipe (FIFO), not a file.",
                robot.lookup("#status").queryLabeled().getText());
        assertTrue(new String(Files.readAllBytes(database), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1)
                .startsWith("H:2"), "still the database");
    }
}
