package org.summitplanner.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** print badges|tent-cards|seating as a script calls them, on the demo summit. */
class ProtocolPrintCommandTest extends CommandTestSupport {

    @BeforeEach
    void demo() {
        assertEquals(0, run("--db", db(), "demo"), err);
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void badgesOnLetterInFrenchAndTentCardsOnA4() throws Exception {
        Path badges = dir.resolve("badges.pdf");
        assertEquals(0, run("--db", db(), "print", "badges", "--paper", "letter", "--lang", "fr",
                "--pdf", badges.toString()), err);
        assertTrue(out.matches("15 pages written to .*badges.pdf\\s*"), out);
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(badges))) {
            assertEquals(PDRectangle.LETTER.getWidth(), doc.getPage(0).getMediaBox().getWidth(), 0.5f);
        }
        assertTrue(text(badges).contains("Robert Glavaš"), text(badges));
        assertTrue(text(badges).contains("Zone d’accès : "));

        Path tents = dir.resolve("tents.pdf");
        assertEquals(0, run("--db", db(), "print", "tent-cards", "--pdf", tents.toString()), err);
        assertTrue(out.matches("113 pages written to .*tents.pdf\\s*"), out);
    }

    @Test
    void aPlenaryAndARoundTablePlanOfTheOpening() throws Exception {
        Path plenary = dir.resolve("plenary.pdf");
        assertEquals(0, run("--db", db(), "print", "seating", "--item", "opening", "--layout", "plenary",
                "--pdf", plenary.toString()), err);
        assertTrue(out.contains("Seating plan (plenary, 34 places) written to"), out);
        assertEquals("", err);
        assertTrue(text(plenary).contains("Seating plan — Opening plenary"), text(plenary));
        assertTrue(text(plenary).contains("1. France — H.E. Emmanuel Macron"), text(plenary));

        Path round = dir.resolve("round.pdf");
        assertEquals(0, run("--db", db(), "print", "seating", "--item", "opening", "--layout", "ROUND", "--lang", "fr",
                "--pdf", round.toString()), err);
        assertTrue(text(round).contains("Plan de table"), text(round));
        assertTrue(text(round).contains("Table ronde"), text(round));
    }

    @Test
    void badInputIsExitTwoWithAMessageAndNoFile() {
        Path pdf = dir.resolve("x.pdf");
        assertEquals(Cli.BAD_INPUT, run("--db", db(), "print", "seating", "--pdf", pdf.toString()));
        assertTrue(err.contains("The seating printout needs --item KEY"), err);
        assertEquals(Cli.BAD_INPUT, run("--db", db(), "print", "seating", "--item", "nope", "--pdf", pdf.toString()));
        assertTrue(err.contains("The summit has no agenda item \"nope\""), err);
        assertEquals(Cli.BAD_INPUT, run("--db", db(), "print", "seating", "--item", "opening", "--layout", "banquet",
                "--pdf", pdf.toString()));
        assertTrue(err.contains("Unknown layout \"banquet\"; the choices are: plenary, round, theatre"), err);
        assertEquals(Cli.BAD_INPUT, run("--db", db(), "print", "badges", "--item", "opening", "--pdf", pdf.toString()));
        assertTrue(err.contains("--item does not apply to the badges printout"), err);
        assertEquals(Cli.BAD_INPUT, run("--db", db(), "print", "tent-cards", "--day", "2025-03-11", "--pdf", pdf.toString()));
        assertTrue(err.contains("--day does not apply to the tent-cards printout"), err);
        assertEquals(Cli.BAD_INPUT, run("--db", db(), "print", "agenda", "--layout", "round", "--pdf", pdf.toString()));
        assertTrue(err.contains("--layout applies only to the seating printout"), err);
        assertFalse(Files.exists(pdf));
        assertFalse(err.contains("Exception"), err);
    }
}
