package org.summitplanner.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.summitplanner.printing.text.RequiredFonts;
import org.summitplanner.service.PrintService;

/**
 * Issue 11's test: an agenda, itineraries and delegation programmes of a summit whose people and
 * items are named in Arabic, Chinese, Japanese, Korean, Hindi, Hebrew, Thai, Greek, Vietnamese and
 * French, read back with PDFBox's text extraction: every name in reading order, no "?", no □ (what
 * a character without a font prints as), no warning. The PDFs are left in target/scripts/ to look at.
 */
class ScriptsPdfTest {

    static final Path SAMPLE = Path.of("assets/samples/world-summit.json");

    /** Each person as the itinerary's heading and the delegation programme's head line name them. */
    static final List<String> PEOPLE = List.of("H.E. Jean-Noël Barrot", "H.R.H. محمد بن سلمان", "H.E. 习近平",
            "H.E. 岸田文雄", "H.E. 윤석열", "H.E. नरेन्द्र मोदी", "H.E. יצחק הרצוג", "H.E. แพทองธาร ชินวัตร",
            "H.E. Κυριάκος Μητσοτάκης", "H.E. Phạm Minh Chính");
    static final List<String> TITLES = List.of("Opening plenary", "二国間会談", "सुरक्षा सत्र", "ארוחת צהריים",
            "مؤتمر صحفي 2025", "Συνεδρίαση λήξης");

    private static PrintFixtures fixtures;

    @BeforeAll
    static void load() {
        RequiredFonts.require(PEOPLE);
        RequiredFonts.require(TITLES);
        fixtures = new PrintFixtures(SAMPLE);
    }

    @AfterAll
    static void close() {
        if (fixtures != null) {
            fixtures.close();
        }
    }

    private static String print(String name, PrintRequest request, Locale locale) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintService.Printed printed = fixtures.services.printing().printPdf(fixtures.index, request,
                PrintFixtures.settings(locale), out, PrintProgress.NONE);
        assertEquals(List.of(), printed.missingGlyphs(), "every character has a font");
        Files.createDirectories(Path.of("target/scripts"));
        Files.write(Path.of("target/scripts", name + ".pdf"), out.toByteArray());
        String text = PrintFixtures.text(out.toByteArray());
        assertFalse(text.contains("?"), "a character became \"?\":\n" + text);
        assertFalse(text.contains("□"), "a character had no font:\n" + text);
        return text;
    }

    @Test
    void theAgendaHasEveryTitleInReadingOrder() throws Exception {
        String text = print("agenda", new PrintRequest(DocumentKind.AGENDA, null, null, null, null, false), Locale.ENGLISH);
        for (String title : TITLES) {
            assertTrue(text.contains(title), title + " in:\n" + text);
        }
        assertTrue(text.contains("Phiên bế mạc và tuyên bố chung."), text);
    }

    @Test
    void everyonesItineraryIsHeadedWithTheirNameInReadingOrder() throws Exception {
        String text = print("itineraries", new PrintRequest(DocumentKind.ITINERARY, null, null, null, null, true),
                Locale.ENGLISH);
        for (String person : PEOPLE) {
            assertTrue(text.contains(person), person + " in:\n" + text);
        }
    }

    @Test
    void delegationProgrammesNameTheirHeadsAndWhoGoesWhere() throws Exception {
        String text = print("delegations", new PrintRequest(DocumentKind.DELEGATION, null, null, null, null, true),
                Locale.ENGLISH);
        for (String person : PEOPLE) {
            assertTrue(text.contains(person), person + " in:\n" + text);
        }
        assertTrue(text.contains("H.R.H. محمد بن سلمان, Crown Prince"), text);
        assertTrue(text.contains("H.E. יצחק הרצוג, President"), text);
    }

    @Test
    void theFrenchPrintoutUsesTheFrenchTextsWherePresent() throws Exception {
        String agenda = print("agenda-fr", new PrintRequest(DocumentKind.AGENDA, null, null, null, null, false),
                Locale.FRENCH);
        assertTrue(agenda.contains("Séance plénière d’ouverture"), agenda);
        assertFalse(agenda.contains("Opening plenary"), agenda);
        assertTrue(agenda.contains("Déclarations des chefs de délégation."), agenda);
        assertTrue(agenda.contains("Grand amphithéâtre"), agenda);
        // no French title: the English (here Japanese) one
        assertTrue(agenda.contains("二国間会談"), agenda);
        String itinerary = print("itinerary-fr", new PrintRequest(DocumentKind.ITINERARY, null, null, null, "sa-1", false),
                Locale.FRENCH);
        // the French form of address: H.R.H. is S.A.R. in French (issue 13)
        assertTrue(itinerary.contains("S.A.R. محمد بن سلمان"), itinerary);
        assertTrue(itinerary.contains("prince héritier"), itinerary);
        assertTrue(itinerary.contains("Salon des Ambassadeurs"), itinerary);
    }
}
