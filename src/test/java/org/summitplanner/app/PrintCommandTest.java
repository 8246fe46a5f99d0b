package org.summitplanner.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The print and ics commands as a script calls them, on the demo summit. */
class PrintCommandTest extends CommandTestSupport {

    @BeforeEach
    void demo() {
        assertEquals(0, run("--db", db(), "demo"), err);
    }

    @Test
    void printsARoomProgrammeOnLetterInFrenchWithAClassification() throws Exception {
        Path pdf = dir.resolve("room.pdf");
        assertEquals(0, run("--db", db(), "print", "room", "--room", "salle-des-fetes", "--day", "2025-03-11",
                "--paper", "LETTER", "--lang", "fr", "--classification", "DIFFUSION RESTREINTE", "--pdf", pdf.toString()), err);
        assertTrue(out.matches("\\d+ pages? written to .*room.pdf\\s*"), out);
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertEquals(PDRectangle.LETTER.getWidth(), doc.getPage(0).getMediaBox().getWidth(), 0.5f);
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Salle des fêtes"), text);
            assertTrue(text.contains("Mardi 11 mars 2025 — Programme de la salle"), text);
            assertTrue(text.contains("DIFFUSION RESTREINTE"), text);
            assertTrue(text.contains("HUIS CLOS"), text);
        }
    }

    @Test
    void theDemoPrintedInFrenchHasNoEnglishTitleVenueOrPositionAndInEnglishNoFrench() throws Exception {
        Path pdf = dir.resolve("itinerary-fr.pdf");
        assertEquals(0, run("--db", db(), "print", "itinerary", "--attendee", "si-1", "--lang", "fr",
                "--pdf", pdf.toString()), err);
        String french = text(pdf).replace("\n", " ");
        for (String shown : List.of("Conférence de Paris sur les garanties de sécurité pour l'Ukraine",
                "Pays hôte : France — Palais de l'Élysée, Paris", "Séance plénière d'ouverture : les garanties",
                "Entretien bilatéral : Slovénie – Ukraine", "Chef d'état-major général des forces armées slovènes",
                "Déclaration à la presse")) {
            assertTrue(french.contains(shown), shown + " in " + french);
        }
        for (String english : List.of("Paris conference", "Élysée Palace", "Opening plenary", "Bilateral:", "Chief of")) {
            assertFalse(french.contains(english), english + " in " + french);
        }

        assertEquals(0, run("--db", db(), "print", "itinerary", "--attendee", "si-1", "--pdf", pdf.toString()), err);
        String english = text(pdf).replace("\n", " ");
        assertTrue(english.contains("Paris conference on security guarantees for Ukraine"), english);
        assertTrue(english.contains("Élysée Palace, Paris"), english);
        assertFalse(english.contains("Palais de l'Élysée") || english.contains("Séance"), english);
    }

    private static String text(Path pdf) throws java.io.IOException {
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void roomsDelegationsAndPeopleCanBeNamedAsWellAsKeyed() throws Exception {
        Path pdf = dir.resolve("x.pdf");
        assertEquals(0, run("--db", db(), "print", "room", "--room", "salon murat", "--pdf", pdf.toString()), err);
        assertTrue(Files.size(pdf) > 1000);
        assertEquals(0, run("--db", db(), "print", "delegation", "--nation", "Germany", "--pdf", pdf.toString()), err);
        assertEquals(0, run("--db", db(), "print", "itinerary", "--attendee", "emmanuel  MACRON", "--pdf", pdf.toString()), err);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(new PDFTextStripper().getText(doc).contains("Macron"));
        }
    }

    @Test
    void unknownRoomNationAttendeeOrDayIsExitTwoWithAMessage() {
        Path pdf = dir.resolve("x.pdf");
        assertEquals(Cli.BAD_INPUT, run("--db", db(), "print", "room", "--room", "cave", "--pdf", pdf.toString()));
        assertTrue(err.startsWith("No room with key \"cave\" in this summit. The rooms are: "), err);
        assertTrue(err.contains("salon-murat (Salon Murat)"), "the keys a user could give instead: " + err);
        assertEquals(Cli.BAD_INPUT, run("--db", db(), "print", "delegation", "--nation", "ZZ", "--pdf", pdf.toString()));
        assertTrue(err.contains("No delegation of \"ZZ\" in this summit. The delegations are: "), err);
        assertTrue(err.contains("DE (Germany)"), err);
        assertEquals(Cli.BAD_INPUT, run("--db", db(), "print", "itinerary", "--attendee", "nobody", "--pdf", pdf.toString()));
        assertTrue(err.contains("No attendee with key \"nobody\""), err);
        assertEquals(Cli.BAD_INPUT, run("--db", db(), "print", "itinerary", "--attendee", "macro", "--pdf", pdf.toString()));
        assertTrue(err.contains("The people whose name contains it are: Emmanuel Macron (fr-1, FR)."), err);
        assertEquals(Cli.BAD_INPUT, run("--db", db(), "print", "agenda", "--day", "2025-03-12", "--pdf", pdf.toString()));
        assertTrue(err.contains("No day 2025-03-12 in this summit"), err);
        assertEquals(Cli.BAD_INPUT, run("--db", db(), "print", "itinerary", "--pdf", pdf.toString()));
        assertTrue(err.contains("An itinerary needs --attendee KEY, or --all"), err);
        assertEquals(Cli.BAD_INPUT, run("--db", db(), "print", "menu", "--pdf", pdf.toString()));
        assertTrue(err.contains("Unknown document \"menu\""), err);
        assertEquals(Cli.BAD_INPUT, run("--db", db(), "ics", "--attendee", "nobody", dir.resolve("x.ics").toString()));
        assertTrue(err.contains("No attendee with key \"nobody\""), err);
        assertEquals(Cli.BAD_INPUT, run("--db", db(), "print", "agenda", "--room", "nope", "--pdf", pdf.toString()));
        assertTrue(err.contains("--room does not apply to the agenda printout"), err);
        assertEquals(Cli.BAD_INPUT, run("--db", db(), "print", "room", "--attendee", "de-1", "--pdf", pdf.toString()));
        assertTrue(err.contains("--attendee does not apply to the room printout"), err);
        assertFalse(Files.exists(pdf), "nothing written");
        assertFalse(Files.exists(dir.resolve("x.ics")), "nothing written");
    }

    @Test
    void whatHasNoKeyIsNamedByItsIdAsTheCheckCommandWritesIt() throws Exception {
        run("--db", db(), "check", "--format", "json");
        // every demo attendee has a key; ids are what the check command writes for those without one
        Path pdf = dir.resolve("one.pdf");
        assertEquals(0, run("--db", db(), "print", "itinerary", "--attendee", "#1", "--pdf", pdf.toString()), err);
        assertEquals(0, run("--db", db(), "ics", "--attendee", "#1", dir.resolve("one.ics").toString()), err);
        assertTrue(Files.readString(dir.resolve("one.ics")).contains("BEGIN:VEVENT"));
        assertTrue(Files.getPosixFilePermissions(pdf).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ),
                "a printout is readable like any other file the user writes");
    }

    @Test
    void icsOfADelegationAndAllItinerariesOfOne() throws Exception {
        Path ics = dir.resolve("si.ics");
        assertEquals(0, run("--db", db(), "ics", "--nation", "SI", ics.toString()), err);
        String calendar = Files.readString(ics);
        assertTrue(calendar.startsWith("BEGIN:VCALENDAR"), calendar);
        assertTrue(calendar.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Paris"), calendar);
        Path pdf = dir.resolve("fr.pdf");
        assertEquals(0, run("--db", db(), "print", "itinerary", "--all", "--nation", "FR", "--pdf", pdf.toString()), err);
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertTrue(doc.getNumberOfPages() >= 7, "one person or more per page: " + doc.getNumberOfPages());
            assertTrue(new PDFTextStripper().getText(doc).contains("Emmanuel Macron"));
        }
    }
}
