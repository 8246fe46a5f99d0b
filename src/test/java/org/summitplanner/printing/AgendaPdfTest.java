package org.summitplanner.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.AgendaItem;

/** The summit agenda as PDF, read back as text with PDFBox. */
class AgendaPdfTest {

    private static PrintFixtures fixtures;

    @BeforeAll
    static void load() {
        fixtures = new PrintFixtures();
    }

    @AfterAll
    static void close() {
        fixtures.close();
    }

    private static String agenda(Locale locale) {
        return PrintFixtures.text(fixtures.pdf(new PrintRequest(DocumentKind.AGENDA, null, null, null, null, false),
                PrintFixtures.settings(locale)));
    }

    @Test
    void everyItemOnceInTimeOrderWithItsRoomAndParallelItemsBoth() {
        String text = agenda(Locale.ENGLISH);
        List<AgendaItem> items = fixtures.index.agenda();
        assertEquals(6, items.size());
        int previous = -1;
        for (int i = 0; i < items.size(); i++) {
            AgendaItem item = items.get(i);
            assertEquals(1, count(text, item.title()), item.title() + " once in:\n" + text);
            int at = text.indexOf(item.title());
            assertTrue(at > previous, item.title() + " after the item before it");
            int next = i + 1 < items.size() ? text.indexOf(items.get(i + 1).title()) : text.length();
            // a row's text reads across: its time, then title and room on the same line, details below
            String row = text.substring(text.lastIndexOf('\n', at) + 1, next);
            assertTrue(row.contains(fixtures.index.room(item.roomId()).name()), "room of " + item.title() + " in:\n" + row);
            previous = at;
        }
        // the bilateral and the working session both start at 10:30 in different rooms
        assertTrue(text.contains("10:30–11:00 Bilateral Ukraine – Slovenia Salon Murat"), text);
        assertTrue(text.contains("10:30–12:00 Working session on air and naval cover Salon des portraits"), text);
    }

    @Test
    void namesInAnyScriptComeOutAsWrittenInAnEmbeddedFont() throws IOException {
        byte[] pdf = fixtures.pdf(new PrintRequest(DocumentKind.AGENDA, null, null, null, null, false),
                PrintFixtures.settings(Locale.ENGLISH));
        String text = PrintFixtures.text(pdf);
        for (String name : List.of("Володимир Зеленський", "Robert Glavaš", "Türkiye", "Yaşar Güler", "Élysée Palace")) {
            assertTrue(text.contains(name), name + " in:\n" + text);
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (var fontName : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(fontName);
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
            }
        }
    }

    @Test
    void theFrenchAgendaIsInFrench() {
        String text = agenda(Locale.FRENCH);
        for (String french : List.of("Programme du sommet — Mardi 11 mars 2025", "Mercredi 12 mars 2025", "HUIS CLOS",
                "Plénière", "Séance de travail", "Pays hôte : France", "Délégations : France, Slovénie, Turquie, Ukraine",
                "Page 1 sur 2", "Imprimé le 10 mars 2025 à ")) {
            assertTrue(text.contains(french), french + " in:\n" + text);
        }
        for (String english : List.of("Tuesday", "CLOSED DOOR", "Plenary", "Page 1 of", "Printed", "(Slovenia)")) {
            assertFalse(text.contains(english), english + " not in:\n" + text);
        }
    }

    @Test
    void oneDayHasOnlyThatDay() {
        String text = PrintFixtures.text(fixtures.pdf(new PrintRequest(DocumentKind.AGENDA,
                java.time.LocalDate.of(2025, 3, 12), null, null, null, false), PrintFixtures.settings(Locale.ENGLISH)));
        assertTrue(text.contains("Closing session"));
        assertFalse(text.contains("Opening plenary"));
        assertTrue(text.contains("Page 1 of 1"));
    }

    static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }
}
