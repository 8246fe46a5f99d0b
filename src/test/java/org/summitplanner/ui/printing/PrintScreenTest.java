package org.summitplanner.ui.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        waitUntil(() -> pages().getPageCount() == 6 && robot.lookup(".print-page").tryQuery().isPresent());
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
        waitUntil(() -> pages().getPageCount() == 6);
        controller().setDefaultPrinter(() -> null);
        Path pdf = dir.resolve("instead.pdf");
        answerSaveWith(pdf);
        robot.clickOn("#printButton");
        waitUntil(() -> robot.lookup(".dialog-pane .header-panel .label").tryQueryAs(javafx.scene.control.Label.class)
                .map(l -> l.getText().equals("No printer is set up on this computer.")).orElse(false));
        answerDialog("Save as PDF…");
        waitUntil(() -> Files.exists(pdf) && robot.lookup("#status").queryLabeled().getText().startsWith("Saved"));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(6, doc.getNumberOfPages());
        }
    }

    @Test
    void allItinerariesOfADelegationAndItsCalendar() throws Exception {
        open("print");
        waitUntil(() -> pages().getPageCount() == 6);
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

    @Test
    void exportOverTheDatabaseOrAPipeIsRefusedAndSaysSo() throws Exception {
        open("print");
        waitUntil(() -> pages().getPageCount() == 6);
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
