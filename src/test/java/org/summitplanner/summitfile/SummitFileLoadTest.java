package org.summitplanner.summitfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.summitplanner.store.jooq.Tables.AGENDA_ATTENDEE;
import static org.summitplanner.store.jooq.Tables.AGENDA_ITEM;
import static org.summitplanner.store.jooq.Tables.AGENDA_NATION;
import static org.summitplanner.store.jooq.Tables.ATTENDEE;
import static org.summitplanner.store.jooq.Tables.PARTICIPATION;
import static org.summitplanner.store.jooq.Tables.ROOM;
import static org.summitplanner.store.jooq.Tables.SUMMIT;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.Summit;
import org.summitplanner.model.SummitOverview;
import org.summitplanner.service.SummitService;
import org.summitplanner.store.Database;
import org.summitplanner.store.SummitStore;

/** Loading a summit file through the service: all of it or nothing, with a message that says where. */
class SummitFileLoadTest {

    /** Good up to its last line but one: everything before the bad nation code would be storable. */
    private static final String BAD = """
            {
              "format": "summit-planner/1",
              "summit": {"name": "Test summit", "hostNation": "FR", "city": "Paris", "firstDay": "2025-03-11", "lastDay": "2025-03-11", "timeZone": "Europe/Paris"},
              "participations": [
                {"nation": "FR", "status": "CONFIRMED"},
                {"nation": "UA", "status": "CONFIRMED"}
              ],
              "rooms": [
                {"key": "murat", "name": "Salon Murat", "capacity": 60}
              ],
              "attendees": [
                {"key": "fr-1", "nation": "FR", "familyName": "Macron", "role": "HEAD_OF_STATE", "headOfDelegation": true},
                {"key": "ua-1", "nation": "UA", "familyName": "Zelensky", "role": "HEAD_OF_STATE", "headOfDelegation": true}
              ],
              "agenda": [
                {"key": "opening", "title": "Opening", "kind": "PLENARY", "start": "2025-03-11T09:00", "end": "2025-03-11T10:00",
                  "room": "murat", "attendees": ["fr-1", "ua-1"], "nations": ["FR", "XX"]}
              ]
            }
            """;

    private static final String GOOD = BAD.replace("\"XX\"", "\"UA\"");

    @TempDir
    Path dir;

    private final Database database = Database.openInMemory("load-" + UUID.randomUUID());
    private final SummitStore store = new SummitStore(database);
    private final SummitService service = new SummitService(store);

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void badFileIsRefusedNamingFileLineAndColumnAndNothingIsStored() throws IOException {
        Path file = Files.writeString(dir.resolve("bad summit.json"), BAD);

        SummitFileException e = assertThrows(SummitFileException.class, () -> service.load(file));

        assertEquals(file + ": refused, nothing was loaded (1 problem)\n"
                + "  line 17, column 73, $.agenda[0].nations[1]: unknown nation code \"XX\"", e.getMessage());
        assertEquals(List.of(), store.summits());
        assertEquals(emptyTables(), rowCounts());
    }

    @Test
    void malformedFileIsRefusedNamingFileLineAndColumnAndNothingIsStored() throws IOException {
        Path file = Files.writeString(dir.resolve("broken.json"), GOOD.replace("\"capacity\": 60}", "\"capacity\": 60"));

        SummitFileException e = assertThrows(SummitFileException.class, () -> service.load(file));

        assertEquals(file + ": refused, nothing was loaded (1 problem)\n"
                + "  line 10, column 3, $.rooms[0]: Unexpected close marker ']': expected '}' "
                + "(for Object starting at line 9, column 5)", e.getMessage());
        assertEquals(List.of(), store.summits());
        assertEquals(emptyTables(), rowCounts());
    }

    @Test
    void textTooLongForTheDatabaseIsRefusedAsAProblemNotAnSqlError() throws IOException {
        Path file = Files.writeString(dir.resolve("long.json"), GOOD.replace("\"Zelensky\"", "\"" + "Z".repeat(101) + "\""));

        SummitFileException e = assertThrows(SummitFileException.class, () -> service.load(file));

        assertEquals(file + ": refused, nothing was loaded (1 problem)\n"
                + "  line 13, column 51, $.attendees[1].familyName: too long: 101 characters, at most 100", e.getMessage());
        assertEquals(List.of(), store.summits());
        assertEquals(emptyTables(), rowCounts());
    }

    @Test
    void goodFileLoadsAndASecondLoadGetsANumberedName() throws Exception {
        Path file = Files.writeString(dir.resolve("good.json"), GOOD);

        Summit first = service.load(file);
        Summit second = service.load(file);

        assertEquals("Test summit", first.name());
        assertEquals("Test summit (2)", second.name());
        assertEquals(List.of(first, second), store.summits());
        SummitOverview overview = store.overview(second.id());
        assertEquals(2, overview.nationsTakingPart());
        assertEquals(2, overview.attendees());
        assertEquals(1, overview.rooms());
        assertEquals(1, overview.agendaItems());
        AgendaItem item = store.read(second.id()).agenda().get(0);
        assertEquals(4, item.attendeeIds().size() + item.nations().size());
        assertEquals(store.read(first.id()).attendees().size(), store.read(second.id()).attendees().size());
        assertEquals("Test summit (3)", service.load(file).name());
    }

    @Test
    void decomposedAccentsAreStoredAndPrintedComposed() throws Exception {
        // a file written by a tool that decomposes: "Nguyễn" as "e" + U+0302 + U+0303 printed the marks shifted
        String nfd = java.text.Normalizer.normalize("Nguyễn Thị Ánh", java.text.Normalizer.Form.NFD);
        Path file = Files.writeString(dir.resolve("vn.json"), GOOD.replace("\"Zelensky\"", "\"" + nfd + "\"")
                .replace("\"Opening\"", "\"" + java.text.Normalizer.normalize("Khai mạc", java.text.Normalizer.Form.NFD)
                        + "\""));
        Summit summit = service.load(file);
        assertEquals(List.of("Macron", "Nguyễn Thị Ánh"), database.dsl().fetchValues(
                "select family_name from attendee order by id").stream().map(String::valueOf).toList());
        assertEquals("Khai mạc", database.dsl().fetchValue("select title from agenda_item"));

        org.summitplanner.service.Services services = org.summitplanner.service.Services.of(database);
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
        services.printing().pdf(services.printing().index(summit.id()),
                new org.summitplanner.printing.PrintRequest(org.summitplanner.printing.DocumentKind.ITINERARY, null, null,
                        null, "ua-1", false),
                org.summitplanner.printing.PrintSettings.defaults(java.util.Locale.ENGLISH, java.time.ZonedDateTime.now()),
                pdf, org.summitplanner.printing.PrintProgress.NONE);
        // each glyph as drawn (the text stripper alone would merge a lone mark into the letter before it)
        List<String> glyphs = new java.util.ArrayList<>();
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toByteArray())) {
            text = new org.apache.pdfbox.text.PDFTextStripper() {
                @Override
                protected void processTextPosition(org.apache.pdfbox.text.TextPosition position) {
                    glyphs.add(position.getUnicode());
                    super.processTextPosition(position);
                }
            }.getText(doc);
        }
        assertTrue(text.contains("Nguyễn Thị Ánh"), text);
        assertTrue(text.contains("Khai mạc"), text);
        assertTrue(glyphs.contains("ễ") && glyphs.contains("ạ"), glyphs.toString());
        assertFalse(glyphs.stream().anyMatch(g -> g.codePoints().allMatch(c -> Character.getType(c) == Character.NON_SPACING_MARK)),
                "no accent is drawn as a glyph of its own: " + glyphs);
    }

    private Map<String, Integer> rowCounts() {
        DSLContext dsl = database.dsl();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Table<?> table : List.of(SUMMIT, PARTICIPATION, ROOM, ATTENDEE, AGENDA_ITEM, AGENDA_ATTENDEE, AGENDA_NATION)) {
            counts.put(table.getName(), dsl.fetchCount(table));
        }
        return counts;
    }

    private static Map<String, Integer> emptyTables() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : List.of("summit", "participation", "room", "attendee", "agenda_item", "agenda_attendee",
                "agenda_nation")) {
            counts.put(table, 0);
        }
        return counts;
    }
}
