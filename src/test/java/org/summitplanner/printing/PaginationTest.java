package org.summitplanner.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.AgendaKind;
import org.summitplanner.model.Nation;
import org.summitplanner.model.Room;
import org.summitplanner.model.Summit;
import org.summitplanner.model.SummitContent;
import org.summitplanner.model.TimeRange;
import org.summitplanner.service.Services;
import org.summitplanner.store.Database;
import org.summitplanner.store.TestDatabases;

/** An agenda long enough for many pages: rows whole on one page, headers and numbers on every page. */
class PaginationTest {

    private static final int ITEMS = 240;

    @Test
    void aLongAgendaNeverCutsAnItemAndNumbersEveryPage() throws IOException {
        List<Nation> nations;
        try (Database db = TestDatabases.fresh()) {
            nations = Services.of(db).summits().nations();
        }
        SummitContent content = longSummit();
        Printouts printouts = new Printouts(new SummitIndex(content), PrintTexts.of(Locale.ENGLISH, nations));
        PrintSettings settings = new PrintSettings(Paper.LETTER, Orientation.PORTRAIT, Locale.ENGLISH, "SECRET",
                PrintFixtures.PRINTED_AT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pageCount = new PdfWriter().write(printouts.layout(new PrintRequest(DocumentKind.AGENDA, null, null, null,
                null, false)), settings, printouts.texts(), out, PrintProgress.NONE);
        List<String> pages = PrintFixtures.pages(out.toByteArray());

        assertEquals(pageCount, pages.size());
        assertTrue(pageCount > 15, "many pages: " + pageCount);
        int[] seen = new int[ITEMS];
        int lastItem = -1;
        for (int p = 0; p < pages.size(); p++) {
            String page = pages.get(p);
            assertTrue(page.contains("Page " + (p + 1) + " of " + pageCount), "page number on page " + (p + 1));
            assertEquals(2, AgendaPdfTest.count(page, "SECRET"), "classification top and bottom of page " + (p + 1));
            assertTrue(page.contains("Time Item Room"), "column headers on page " + (p + 1));
            assertTrue(page.contains("Long summit"), "summit header on page " + (p + 1));
            for (int i = 0; i < ITEMS; i++) {
                if (page.contains("Session " + i + " start")) {
                    seen[i]++;
                    // the item's last line is on the same page as its first
                    assertTrue(page.contains("END-" + i + "-END"), "session " + i + " whole on page " + (p + 1));
                    assertTrue(i > lastItem, "session " + i + " in time order");
                    lastItem = i;
                }
            }
        }
        for (int i = 0; i < ITEMS; i++) {
            assertEquals(1, seen[i], "session " + i + " printed once");
        }
    }

    /** 240 items over three days in two parallel rooms, descriptions from one line to a dozen. */
    private static SummitContent longSummit() {
        ZoneId zone = ZoneId.of("Europe/Paris");
        Summit summit = new Summit(1, "Long summit", "FR", "Paris", "Palais des congrès", LocalDate.of(2025, 6, 2),
                LocalDate.of(2025, 6, 4), zone, 0);
        List<Room> rooms = List.of(new Room(1, "a", "Room A", "West wing", 50, 0), new Room(2, "b", "Room B", "East wing", 50, 0));
        List<AgendaItem> items = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            int day = i / 80;
            int slot = (i % 80) / 2;
            LocalDateTime start = LocalDateTime.of(2025, 6, 2 + day, 7, 0).plusMinutes(slot * 20L);
            String description = "Long description of session " + i + ". " + "Words that fill a line of text. ".repeat(1 + (i * 7) % 45)
                    + "END-" + i + "-END";
            items.add(new AgendaItem(i + 1, "s" + i, "Session " + i + " start", AgendaKind.WORKING_SESSION,
                    new TimeRange(summit.toInstant(start), summit.toInstant(start.plusMinutes(20))), (long) (1 + i % 2),
                    i % 3 == 0, description, List.of(), List.of("FR", "DE"), 0));
        }
        return new SummitContent(summit, List.of(), rooms, List.of(), items);
    }
}
