package org.summitplanner.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Room programmes, delegation programmes and itineraries, read back from the PDF. */
class ProgrammesPdfTest {

    private static PrintFixtures fixtures;

    @BeforeAll
    static void load() {
        fixtures = new PrintFixtures();
    }

    @AfterAll
    static void close() {
        fixtures.close();
    }

    private static List<String> pages(PrintRequest request, Locale locale) {
        return PrintFixtures.pages(fixtures.pdf(request, PrintFixtures.settings(locale)));
    }

    @Test
    void aPagePerRoomAndDayWithOnlyThatRoomsItems() {
        List<String> pages = pages(new PrintRequest(DocumentKind.ROOM, null, null, null, null, true), Locale.ENGLISH);
        // Salle des fêtes on both days, Salon Murat and Salon des portraits on the first
        assertEquals(4, pages.size());
        String fetesDay1 = pages.stream().filter(p -> p.contains("Salle des fêtes") && p.contains("Tuesday 11 March")).findFirst().orElseThrow();
        assertTrue(fetesDay1.contains("09:00–10:00 Opening plenary"), fetesDay1);
        assertTrue(fetesDay1.contains("12:00–13:30 Working lunch"), fetesDay1);
        assertFalse(fetesDay1.contains("Bilateral"), fetesDay1);
        assertTrue(fetesDay1.contains("CLOSED DOOR"), fetesDay1);
        String murat = pages.stream().filter(p -> p.contains("Salon Murat")).findFirst().orElseThrow();
        assertTrue(murat.contains("Bilateral Ukraine – Slovenia"));
        assertFalse(murat.contains("Working lunch"));
        for (int i = 0; i < pages.size(); i++) {
            assertTrue(pages.get(i).contains("Page " + (i + 1) + " of 4"), pages.get(i));
        }
    }

    @Test
    void oneRoomOnADayWithNothingSaysSo() {
        List<String> pages = pages(new PrintRequest(DocumentKind.ROOM, LocalDate.of(2025, 3, 12), "murat", null, null, false),
                Locale.FRENCH);
        assertEquals(1, pages.size());
        assertTrue(pages.get(0).contains("Rien n’est prévu dans cette salle ce jour-là."), pages.get(0));
    }

    @Test
    void theDelegationProgrammeSaysWhoGoesWhere() {
        String text = pages(new PrintRequest(DocumentKind.DELEGATION, null, null, "UA", null, false), Locale.ENGLISH)
                .get(0);
        assertTrue(text.contains("Delegation programme — Ukraine"), text);
        assertTrue(text.contains("Head of delegation: H.E. Володимир Зеленський, President of Ukraine"), text);
        // the whole delegation at the opening, the president alone at the bilateral, the adviser named at the closing
        assertTrue(text.contains("09:00–10:00 Opening plenary Salle des fêtes Whole delegation"), text);
        assertTrue(text.contains("Bilateral Ukraine – Slovenia Salon Murat H.E. Володимир Зеленський"), text);
        assertTrue(text.contains("Volodymyr Zelenskyy, Namesake"), text);
        assertFalse(text.contains("Working session on air and naval cover"), "Ukraine is not in it");
        assertTrue(text.indexOf("Tuesday 11 March 2025") < text.indexOf("Wednesday 12 March 2025"));
    }

    @Test
    void anItineraryHasTheTimeBetweenItems() {
        String text = pages(new PrintRequest(DocumentKind.ITINERARY, null, null, null, "si-1", false), Locale.ENGLISH)
                .get(0);
        assertTrue(text.contains("Lt. Gen. Robert Glavaš"), text);
        assertTrue(text.contains("Delegation: Slovenia — Personal itinerary"), text);
        List<String> order = List.of("Opening plenary", "30 min until the next item", "Bilateral Ukraine – Slovenia",
                "1 h until the next item", "Working lunch", "Wednesday 12 March 2025", "Closing session");
        int at = -1;
        for (String part : order) {
            int next = text.indexOf(part);
            assertTrue(next > at, part + " after the part before it in:\n" + text);
            at = next;
        }
        assertFalse(text.contains("Joint press conference"), "Glavaš is not at the press conference");
    }

    @Test
    void batchItinerariesGiveEachPersonTheirOwnNumberedPages() {
        List<String> pages = pages(new PrintRequest(DocumentKind.ITINERARY, null, null, null, null, true), Locale.FRENCH);
        assertEquals(5, pages.size());
        for (String page : pages) {
            assertTrue(page.contains("Page 1 sur 1"), page);
        }
        List<String> ukraine = pages(new PrintRequest(DocumentKind.ITINERARY, null, null, "UA", null, true), Locale.ENGLISH);
        assertEquals(2, ukraine.size());
        assertTrue(ukraine.get(0).contains("H.E. Володимир Зеленський"), "the head of delegation first");
        assertTrue(ukraine.get(1).contains("Volodymyr Zelenskyy"));
    }

    @Test
    void aBatchReportsProgressUpToTheEndAndStopsWhenCancelled() throws Exception {
        PrintRequest everyone = new PrintRequest(DocumentKind.ITINERARY, null, null, null, null, true);
        List<Long> seen = new java.util.ArrayList<>();
        PrintProgress recording = new PrintProgress() {
            @Override
            public void update(long done, long total) {
                seen.add(done * 100 / total);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
        fixtures.services.printing().pdf(fixtures.index, everyone, PrintFixtures.settings(Locale.ENGLISH),
                java.io.OutputStream.nullOutputStream(), recording);
        assertEquals(100L, seen.get(seen.size() - 1));
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) >= seen.get(i - 1), "progress never goes back: " + seen);
        }

        int[] updates = {0};
        PrintProgress cancelling = new PrintProgress() {
            @Override
            public void update(long done, long total) {
                updates[0]++;
            }

            @Override
            public boolean cancelled() {
                return updates[0] >= 3;
            }
        };
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        assertThrows(PrintCancelledException.class, () -> fixtures.services.printing().pdf(fixtures.index, everyone,
                PrintFixtures.settings(Locale.ENGLISH), out, cancelling));
        assertEquals(0, out.size(), "nothing written");
    }

    @Test
    void whatIsNotInTheSummitIsRefusedByName() {
        Printouts printouts = fixtures.services.printing().printouts(fixtures.index, Locale.ENGLISH);
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> printouts.layout(new PrintRequest(DocumentKind.ROOM, null, "nope", null, null, false))).getMessage()
                .startsWith("No room with key \"nope\" in this summit. The rooms are: "));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> printouts.layout(new PrintRequest(DocumentKind.DELEGATION, null, null, "DE", null, false))).getMessage()
                .startsWith("No delegation of \"DE\" in this summit. The delegations are: "));
        assertEquals("No attendee with key \"xx-9\" in this summit (give a key, #id or full name).", assertThrows(IllegalArgumentException.class,
                () -> printouts.layout(new PrintRequest(DocumentKind.ITINERARY, null, null, null, "xx-9", false))).getMessage());
        assertEquals("No day 2025-03-13 in this summit: its days are 2025-03-11 to 2025-03-12.", assertThrows(
                IllegalArgumentException.class, () -> printouts.layout(new PrintRequest(DocumentKind.AGENDA,
                        LocalDate.of(2025, 3, 13), null, null, null, false))).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> printouts.layout(new PrintRequest(DocumentKind.ITINERARY, null, null, null, null, false)));
    }
}
