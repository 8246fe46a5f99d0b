package org.summitplanner.summitfile;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.AgendaKind;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.Participation;
import org.summitplanner.model.ParticipationStatus;
import org.summitplanner.model.Role;
import org.summitplanner.model.Room;
import org.summitplanner.model.Summit;
import org.summitplanner.model.SummitContent;
import org.summitplanner.model.TimeRange;
import org.summitplanner.summitfile.SummitFileException.Problem;

/**
 * One test per kind of bad summit file. Every input is a text block whose first line is line 1,
 * so the expected line and column of each problem can be counted in the input itself; columns
 * count characters from 1. Each bad input holds exactly the problem its test names.
 */
class SummitFileReaderTest {

    private static final Set<String> NATIONS = Set.of("FR", "UA", "SI", "US", "GB", "DE", "EU", "NATO", "UN");
    private static final String SOURCE = "test.json";

    private final SummitFileReader reader = new SummitFileReader(NATIONS);

    // ---------------------------------------------------------------- JSON that does not parse

    @Test
    void malformedJsonMissingComma() {
        // line 7 lacks its comma; the parser notices at the '"' that opens line 8
        Problem p = theProblem("""
                {
                  "format": "summit-planner/1",
                  "summit": {"name": "Test summit", "hostNation": "FR", "city": "Paris", "firstDay": "2025-03-11", "lastDay": "2025-03-11", "timeZone": "Europe/Paris"},
                  "rooms": [
                    {
                      "key": "murat",
                      "name": "Salon Murat"
                      "capacity": 60
                    }
                  ]
                }
                """);
        assertEquals(new Problem("$.rooms[0]", 8, 7,
                "Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries"), p);
    }

    @Test
    void malformedJsonMissingBracket() {
        // the array opened at line 4, column 12 is never closed
        Problem p = theProblem("""
                {
                  "format": "summit-planner/1",
                  "summit": {"name": "Test summit", "hostNation": "FR", "city": "Paris", "firstDay": "2025-03-11", "lastDay": "2025-03-11", "timeZone": "Europe/Paris"},
                  "rooms": [
                    {"key": "murat", "name": "Salon Murat", "capacity": 60}
                }
                """);
        assertEquals(new Problem("$.rooms", 6, 1,
                "Unexpected close marker '}': expected ']' (for Array starting at line 4, column 12)"), p);
    }

    @Test
    void emptyFile() {
        assertEquals(new Problem("$", 1, 1, "the file is empty"), theProblem(""));
        assertEquals(new Problem("$", 1, 1, "the file is empty"), theProblem("\n   \n"));
    }

    @Test
    void trailingDocumentAfterTheSummit() {
        Problem p = theProblem("""
                {
                  "format": "summit-planner/1",
                  "summit": {"name": "Test summit", "hostNation": "FR", "city": "Paris", "firstDay": "2025-03-11", "lastDay": "2025-03-11", "timeZone": "Europe/Paris"}
                }
                  {"rooms": []}
                """);
        assertEquals(new Problem("$", 5, 3, "unexpected content after the end of the summit file"), p);
    }

    @Test
    void trailingGarbageAfterTheSummit() {
        Problem p = theProblem("""
                {
                  "format": "summit-planner/1",
                  "summit": {"name": "Test summit", "hostNation": "FR", "city": "Paris", "firstDay": "2025-03-11", "lastDay": "2025-03-11", "timeZone": "Europe/Paris"}
                }
                }oops
                """);
        assertEquals(new Problem("$", 5, 1, "Unexpected close marker '}': no open Object to close"), p);
    }

    @Test
    void duplicateFieldNameInOneObject() {
        Problem p = theProblem("""
                {
                  "format": "summit-planner/1",
                  "summit": {"name": "Test summit", "hostNation": "FR", "city": "Paris", "firstDay": "2025-03-11", "lastDay": "2025-03-11", "timeZone": "Europe/Paris"},
                  "rooms": [
                    {
                      "key": "murat",
                      "capacity": 60,
                      "name": "Salon Murat",
                      "capacity": 80
                    }
                  ]
                }
                """);
        assertEquals(new Problem("$.rooms[0].capacity", 9, 7, "duplicate field \"capacity\""), p);

        Problem top = theProblem("""
                {
                  "format": "summit-planner/1",
                  "summit": {"name": "Test summit", "hostNation": "FR", "city": "Paris", "firstDay": "2025-03-11", "lastDay": "2025-03-11", "timeZone": "Europe/Paris"},
                  "format": "summit-planner/1"
                }
                """);
        assertEquals(new Problem("$.format", 4, 3, "duplicate field \"format\""), top);
    }

    // ---------------------------------------------------------------- JSON of the wrong shape

    @Test
    void unknownField() {
        Problem p = theProblem("""
                {
                  "format": "summit-planner/1",
                  "summit": {"name": "Test summit", "hostNation": "FR", "city": "Paris", "firstDay": "2025-03-11", "lastDay": "2025-03-11", "timeZone": "Europe/Paris"},
                  "attendees": [
                    {"key": "fr-1", "nation": "FR", "familyName": "Macron", "role": "HEAD_OF_STATE"},
                    {
                      "key": "fr-2",
                      "nation": "FR",
                      "familyName": "Barrot",
                      "colour": "blue",
                      "role": "MINISTER"
                    }
                  ]
                }
                """);
        assertEquals(new Problem("$.attendees[1].colour", 10, 7, "unknown field \"colour\""), p);
    }

    @Test
    void stringWhereANumberIsExpected() {
        Problem p = theProblem("""
                {
                  "format": "summit-planner/1",
                  "summit": {"name": "Test summit", "hostNation": "FR", "city": "Paris", "firstDay": "2025-03-11", "lastDay": "2025-03-11", "timeZone": "Europe/Paris"},
                  "rooms": [
                    {
                      "key": "portraits",
                      "name": "Salon des Portraits",
                      "capacity": "12"
                    }
                  ]
                }
                """);
        assertEquals(new Problem("$.rooms[0].capacity", 8, 19, "wrong type of value: expected a whole number"), p);
    }

    @Test
    void fractionWhereAWholeNumberIsExpectedIsNotCutSilently() {
        Problem p = theProblem("""
                {
                  "format": "summit-planner/1",
                  "summit": {"name": "Test summit", "hostNation": "FR", "city": "Paris", "firstDay": "2025-03-11", "lastDay": "2025-03-11", "timeZone": "Europe/Paris"},
                  "rooms": [
                    {
                      "key": "portraits",
                      "name": "Salon des Portraits",
                      "capacity": 12.5
                    }
                  ]
                }
                """);
        assertEquals(new Problem("$.rooms[0].capacity", 8, 19, "wrong type of value: expected a whole number"), p);
    }

    @Test
    void objectWhereAListIsExpected() {
        Problem p = theProblem("""
                {
                  "format": "summit-planner/1",
                  "summit": {"name": "Test summit", "hostNation": "FR", "city": "Paris", "firstDay": "2025-03-11", "lastDay": "2025-03-11", "timeZone": "Europe/Paris"},
                  "rooms": {"key": "murat", "name": "Salon Murat", "capacity": 60}
                }
                """);
        assertEquals(new Problem("$.rooms", 4, 12, "wrong type of value: expected a list in [ ]"), p);
    }

    @Test
    void aTextWhereAListOfLanguagesIsExpectedIsRefusedNotTakenAsOne() {
        // a new user wrote "languages": "uk"; it must not become ["uk"] (nor ["u", "k"]) silently
        Problem p = theProblem("""
                {
                  "format": "summit-planner/1",
                  "summit": {"name": "Test summit", "hostNation": "FR", "city": "Paris", "firstDay": "2025-03-11", "lastDay": "2025-03-11", "timeZone": "Europe/Paris"},
                  "participations": [{"nation": "UA", "status": "CONFIRMED"}],
                  "attendees": [
                    {"key": "ua-1", "nation": "UA", "givenName": "Ostap", "familyName": "Hrynevych", "role": "MINISTER",
                     "languages": "uk"}
                  ]
                }
                """);
        assertEquals(new Problem("$.attendees[0].languages", 7, 19, "wrong type of value: expected a list in [ ]"), p);
    }


    @Test
    void wrongFormatTag() {
        Problem p = theProblem("""
                {
                  "format": "summit-planner/2",
                  "summit": {"name": "Test summit", "hostNation": "FR", "city": "Paris", "firstDay": "2025-03-11", "lastDay": "2025-03-11", "timeZone": "Europe/Paris"}
                }
                """);
        assertEquals(new Problem("$.format", 2, 13,
                "unknown format \"summit-planner/2\", expected \"summit-planner/1\""), p);
    }

    @Test
    void missingFormatTagIsPlacedAtTheDocument() {
        Problem p = theProblem("""
                {
                  "summit": {"name": "Test summit", "hostNation": "FR", "city": "Paris", "firstDay": "2025-03-11", "lastDay": "2025-03-11", "timeZone": "Europe/Paris"}
                }
                """);
        assertEquals(new Problem("$.format", 1, 1,
                "missing: the file must start with \"format\": \"summit-planner/1\""), p);
    }

    // ---------------------------------------------------------------- values

    @Test
    void unknownNationCodes() {
        List<Problem> problems = problems("""
                {
                  "format": "summit-planner/1",
                  "summit": {"name": "Test summit", "hostNation": "FR", "city": "Paris", "firstDay": "2025-03-11", "lastDay": "2025-03-11", "timeZone": "Europe/Paris"},
                  "attendees": [
                    {"key": "fr-1", "nation": "FR", "familyName": "Macron", "role": "HEAD_OF_STATE"},
                    {"key": "xx-1", "nation": "XX", "familyName": "Nobody", "role": "MINISTER"}
                  ],
                  "agenda": [
                    {"key": "opening", "title": "Opening", "kind": "PLENARY", "start": "2025-03-11T09:00", "end": "2025-03-11T10:00",
                      "nations": ["FR", "XX"]}
                  ]
                }
                """);
        assertEquals(List.of(
                new Problem("$.attendees[1].nation", 6, 31,
                        "unknown nation code \"XX\" (use ISO 3166 alpha-2 such as FR, or EU, NATO, UN)"),
                new Problem("$.agenda[0].nations[1]", 10, 25, "unknown nation code \"XX\"")), problems);
    }

    @Test
    void unknownKeyReferences() {
        List<Problem> problems = problems("""
                {
                  "format": "summit-planner/1",
                  "summit": {"name": "Test summit", "hostNation": "FR", "city": "Paris", "firstDay": "2025-03-11", "lastDay": "2025-03-11", "timeZone": "Europe/Paris"},
                  "rooms": [
                    {"key": "murat", "name": "Salon Murat", "capacity": 60}
                  ],
                  "attendees": [
                    {"key": "fr-1", "nation": "FR", "familyName": "Macron", "role": "HEAD_OF_STATE"}
                  ],
                  "agenda": [
                    {
                      "key": "opening",
                      "title": "Opening",
                      "kind": "PLENARY",
                      "start": "2025-03-11T09:00",
                      "end": "2025-03-11T10:00",
                      "room": "salon-vert",
                      "attendees": ["fr-1", "fr-2"]
                    }
                  ]
                }
                """);
        assertEquals(List.of(
                new Problem("$.agenda[0].room", 17, 15, "unknown room key \"salon-vert\""),
                new Problem("$.agenda[0].attendees[1]", 18, 29, "unknown attendee key \"fr-2\"")), problems);
    }

    @Test
    void duplicateKeys() {
        List<Problem> problems = problems("""
                {
                  "format": "summit-planner/1",
                  "summit": {"name": "Test summit", "hostNation": "FR", "city": "Paris", "firstDay": "2025-03-11", "lastDay": "2025-03-11", "timeZone": "Europe/Paris"},
                  "rooms": [
                    {"key": "murat", "name": "Salon Murat", "capacity": 60},
                    {"key": "murat", "name": "Salon Murat bis", "capacity": 20}
                  ],
                  "attendees": [
                    {"key": "fr-1", "nation": "FR", "familyName": "Macron", "role": "HEAD_OF_STATE"},
                    {"key": "fr-1", "nation": "FR", "familyName": "Barrot", "role": "MINISTER"}
                  ]
                }
                """);
        assertEquals(List.of(
                new Problem("$.rooms[1].key", 6, 13, "duplicate key \"murat\""),
                new Problem("$.attendees[1].key", 10, 13, "duplicate key \"fr-1\"")), problems);
    }

    @Test
    void endBeforeStart() {
        Problem p = theProblem("""
                {
                  "format": "summit-planner/1",
                  "summit": {"name": "Test summit", "hostNation": "FR", "city": "Paris", "firstDay": "2025-03-11", "lastDay": "2025-03-11", "timeZone": "Europe/Paris"},
                  "agenda": [
                    {
                      "title": "Breakfast",
                      "kind": "MEAL",
                      "start": "2025-03-11T10:00",
                      "end": "2025-03-11T09:30"
                    }
                  ]
                }
                """);
        assertEquals(new Problem("$.agenda[0].end", 9, 14,
                "the end 2025-03-11T09:30 is not after the start 2025-03-11T10:00"), p);
    }

    @Test
    void endEqualToStart() {
        Problem p = theProblem("""
                {
                  "format": "summit-planner/1",
                  "summit": {"name": "Test summit", "hostNation": "FR", "city": "Paris", "firstDay": "2025-03-11", "lastDay": "2025-03-11", "timeZone": "Europe/Paris"},
                  "agenda": [
                    {"title": "Arrival", "kind": "CEREMONY", "start": "2025-03-11T08:00", "end": "2025-03-11T08:30"},
                    {
                      "title": "Photo",
                      "kind": "PRESS",
                      "start": "2025-03-11T11:00",
                      "end": "2025-03-11T11:00"
                    }
                  ]
                }
                """);
        assertEquals(new Problem("$.agenda[1].end", 10, 14,
                "the end 2025-03-11T11:00 is not after the start 2025-03-11T11:00"), p);
    }

    @Test
    void timeThatIsNotADateTime() {
        Problem p = theProblem("""
                {
                  "format": "summit-planner/1",
                  "summit": {"name": "Test summit", "hostNation": "FR", "city": "Paris", "firstDay": "2025-03-11", "lastDay": "2025-03-11", "timeZone": "Europe/Paris"},
                  "agenda": [
                    {
                      "title": "Opening",
                      "kind": "PLENARY",
                      "start": "9am",
                      "end": "2025-03-11T10:00"
                    }
                  ]
                }
                """);
        assertEquals(new Problem("$.agenda[0].start", 8, 16,
                "\"9am\" is not a local date-time like 2025-03-11T09:00"), p);
    }

    @Test
    void badEnumValue() {
        Problem p = theProblem("""
                {
                  "format": "summit-planner/1",
                  "summit": {"name": "Test summit", "hostNation": "FR", "city": "Paris", "firstDay": "2025-03-11", "lastDay": "2025-03-11", "timeZone": "Europe/Paris"},
                  "attendees": [
                    {
                      "nation": "GB",
                      "familyName": "Windsor",
                      "role": "KING"
                    }
                  ]
                }
                """);
        assertEquals(new Problem("$.attendees[0].role", 8, 15, "\"KING\" is not one of [HEAD_OF_STATE, "
                + "HEAD_OF_GOVERNMENT, MINISTER, MILITARY, OFFICIAL, ADVISER, INTERPRETER, SECURITY, PRESS]"), p);
    }

    @Test
    void twoHeadsOfOneDelegation() {
        Problem p = theProblem("""
                {
                  "format": "summit-planner/1",
                  "summit": {"name": "Test summit", "hostNation": "FR", "city": "Paris", "firstDay": "2025-03-11", "lastDay": "2025-03-11", "timeZone": "Europe/Paris"},
                  "attendees": [
                    {"key": "fr-1", "nation": "FR", "familyName": "Macron", "role": "HEAD_OF_STATE", "headOfDelegation": true},
                    {"key": "ua-1", "nation": "UA", "familyName": "Zelensky", "role": "HEAD_OF_STATE", "headOfDelegation": true},
                    {
                      "key": "fr-2",
                      "nation": "FR",
                      "familyName": "Bayrou",
                      "role": "HEAD_OF_GOVERNMENT",
                      "headOfDelegation": true
                    }
                  ]
                }
                """);
        assertEquals(new Problem("$.attendees[2].headOfDelegation", 12, 27,
                "the delegation of FR already has a head of delegation at $.attendees[0]"), p);
    }

    @Test
    void duplicateEmailIgnoringCase() {
        Problem p = theProblem("""
                {
                  "format": "summit-planner/1",
                  "summit": {"name": "Test summit", "hostNation": "FR", "city": "Paris", "firstDay": "2025-03-11", "lastDay": "2025-03-11", "timeZone": "Europe/Paris"},
                  "attendees": [
                    {"key": "fr-1", "nation": "FR", "familyName": "Dupont", "role": "OFFICIAL", "email": "jean.dupont@example.fr"},
                    {
                      "key": "fr-2",
                      "nation": "FR",
                      "familyName": "Dupont",
                      "role": "ADVISER",
                      "email": "Jean.Dupont@Example.FR"
                    }
                  ]
                }
                """);
        assertEquals(new Problem("$.attendees[1].email", 11, 16,
                "the email Jean.Dupont@Example.FR is already used at $.attendees[0]"), p);
    }

    @Test
    void capacityZero() {
        Problem p = theProblem("""
                {
                  "format": "summit-planner/1",
                  "summit": {"name": "Test summit", "hostNation": "FR", "city": "Paris", "firstDay": "2025-03-11", "lastDay": "2025-03-11", "timeZone": "Europe/Paris"},
                  "rooms": [
                    {
                      "key": "cupboard",
                      "name": "Broom cupboard",
                      "capacity": 0
                    }
                  ]
                }
                """);
        assertEquals(new Problem("$.rooms[0].capacity", 8, 19, "the capacity must be above zero, not 0"), p);
    }

    @Test
    void textLongerThanTheDatabaseHolds() {
        Problem p = theProblem("""
                {
                  "format": "summit-planner/1",
                  "summit": {"name": "Test summit", "hostNation": "FR", "city": "Paris", "firstDay": "2025-03-11", "lastDay": "2025-03-11", "timeZone": "Europe/Paris"},
                  "attendees": [
                    {
                      "nation": "FR",
                      "familyName": "%s",
                      "role": "MINISTER"
                    }
                  ]
                }
                """.formatted("x".repeat(101)));
        assertEquals(new Problem("$.attendees[0].familyName", 7, 21, "too long: 101 characters, at most 100"), p);
    }

    @Test
    void aRoomNotForBilateralsReadsAsSuchAndAWrongTypeIsNamed() throws Exception {
        String file = """
                {
                  "format": "summit-planner/1",
                  "summit": {"name": "Test summit", "hostNation": "FR", "city": "Paris", "firstDay": "2025-03-11", "lastDay": "2025-03-11", "timeZone": "Europe/Paris"},
                  "rooms": [
                    {"key": "presse", "name": "Salle de presse", "capacity": 150, "bilaterals": %s},
                    {"key": "vert", "name": "Salon vert", "capacity": 8}
                  ]
                }
                """;
        SummitContent read = new SummitFileReader(Set.of("FR")).read(file.formatted("false").getBytes(UTF_8), "t.json");
        assertEquals(List.of(false, true), read.rooms().stream().map(Room::bilaterals).toList());
        Problem p = theProblem(file.formatted("\"no\""));
        assertEquals(new Problem("$.rooms[0].bilaterals", 5, 81, "wrong type of value: expected true or false"), p);
    }

    @Test
    void textWhereTrueOrFalseIsExpected() {
        Problem p = theProblem("""
                {
                  "format": "summit-planner/1",
                  "summit": {"name": "Test summit", "hostNation": "FR", "city": "Paris", "firstDay": "2025-03-11", "lastDay": "2025-03-11", "timeZone": "Europe/Paris"},
                  "agenda": [
                    {
                      "title": "Opening",
                      "kind": "PLENARY",
                      "start": "2025-03-11T09:00",
                      "end": "2025-03-11T10:00",
                      "closed": "yes"
                    }
                  ]
                }
                """);
        assertEquals(new Problem("$.agenda[0].closed", 10, 17, "wrong type of value: expected true or false"), p);
    }

    @Test
    void fileThatIsNotUtf8() {
        byte[] latin1 = """
                {
                  "format": "summit-planner/1",
                  "summit": {"name": "Élysée", "hostNation": "FR", "city": "Paris", "firstDay": "2025-03-11", "lastDay": "2025-03-11", "timeZone": "Europe/Paris"}
                }
                """.getBytes(ISO_8859_1);
        SummitFileException e = assertThrows(SummitFileException.class, () -> reader.read(latin1, SOURCE));
        // the first byte that is not UTF-8 is the Latin-1 É, character 23 of line 3
        assertEquals(List.of(new Problem("$", 3, 23, "the file is not UTF-8 text; save it as UTF-8")), e.problems());
        assertEquals("test.json: refused, nothing was loaded (1 problem)\n"
                + "  line 3, column 23, $: the file is not UTF-8 text; save it as UTF-8", e.getMessage());
    }

    @Test
    void columnsCountCharactersNotBytes() {
        // "Salle des fêtes" and "élysée" hold letters of two bytes in UTF-8; the 0 is character 62
        Problem p = theProblem("""
                {
                  "format": "summit-planner/1",
                  "summit": {"name": "Test summit", "hostNation": "FR", "city": "Paris", "firstDay": "2025-03-11", "lastDay": "2025-03-11", "timeZone": "Europe/Paris"},
                  "rooms": [
                    {"key": "élysée", "name": "Salle des fêtes", "capacity": 0}
                  ]
                }
                """);
        assertEquals(new Problem("$.rooms[0].capacity", 5, 62, "the capacity must be above zero, not 0"), p);
    }

    // ---------------------------------------------------------------- several problems, the message

    @Test
    void reportsEveryProblemOfTheFile() {
        String json = """
                {
                  "format": "summit-planner/1",
                  "summit": {"name": "Test summit", "hostNation": "FR", "city": "Paris", "firstDay": "2025-03-11", "lastDay": "2025-03-11", "timeZone": "Europe/Paris"},
                  "rooms": [
                    {"key": "murat", "name": "Salon Murat", "capacity": 0}
                  ],
                  "attendees": [
                    {"key": "gb-1", "nation": "GB", "familyName": "Starmer", "role": "KING"},
                    {"key": "xx-1", "nation": "XX", "familyName": "Nobody", "role": "MINISTER"}
                  ],
                  "agenda": [
                    {"title": "Opening", "kind": "PLENARY", "start": "2025-03-11T10:00", "end": "2025-03-11T09:00", "room": "vert"}
                  ]
                }
                """;
        SummitFileException e = assertThrows(SummitFileException.class, () -> reader.read(json.getBytes(UTF_8), SOURCE));
        List<Problem> expected = List.of(
                new Problem("$.rooms[0].capacity", 5, 57, "the capacity must be above zero, not 0"),
                new Problem("$.attendees[0].role", 8, 70, "\"KING\" is not one of [HEAD_OF_STATE, "
                        + "HEAD_OF_GOVERNMENT, MINISTER, MILITARY, OFFICIAL, ADVISER, INTERPRETER, SECURITY, PRESS]"),
                new Problem("$.attendees[1].nation", 9, 31,
                        "unknown nation code \"XX\" (use ISO 3166 alpha-2 such as FR, or EU, NATO, UN)"),
                new Problem("$.agenda[0].end", 12, 81,
                        "the end 2025-03-11T09:00 is not after the start 2025-03-11T10:00"),
                new Problem("$.agenda[0].room", 12, 109, "unknown room key \"vert\""));
        assertEquals(expected, e.problems());
        assertEquals("""
                test.json: refused, nothing was loaded (5 problems)
                  line 5, column 57, $.rooms[0].capacity: the capacity must be above zero, not 0
                  line 8, column 70, $.attendees[0].role: "KING" is not one of [HEAD_OF_STATE, HEAD_OF_GOVERNMENT, \
                MINISTER, MILITARY, OFFICIAL, ADVISER, INTERPRETER, SECURITY, PRESS]
                  line 9, column 31, $.attendees[1].nation: unknown nation code "XX" (use ISO 3166 alpha-2 such as \
                FR, or EU, NATO, UN)
                  line 12, column 81, $.agenda[0].end: the end 2025-03-11T09:00 is not after the start 2025-03-11T10:00
                  line 12, column 109, $.agenda[0].room: unknown room key "vert\"""", e.getMessage());
    }

    @Test
    void messageOfOneProblemNamesFileLineColumnAndPath() {
        SummitFileException e = assertThrows(SummitFileException.class, () -> reader.read("""
                {
                  "format": "summit-planner/2",
                  "summit": {"name": "Test summit", "hostNation": "FR", "city": "Paris", "firstDay": "2025-03-11", "lastDay": "2025-03-11", "timeZone": "Europe/Paris"}
                }
                """.getBytes(UTF_8), SOURCE));
        assertEquals("test.json: refused, nothing was loaded (1 problem)\n"
                + "  line 2, column 13, $.format: unknown format \"summit-planner/2\", expected \"summit-planner/1\"",
                e.getMessage());
    }

    // ---------------------------------------------------------------- good files

    @Test
    void readsAGoodMinimalFileWithTimesInTheSummitsZone() throws SummitFileException {
        SummitContent content = reader.read("""
                {
                  "format": "summit-planner/1",
                  "summit": {
                    "name": "Paris test",
                    "hostNation": "FR",
                    "city": "Paris",
                    "venue": "Élysée Palace",
                    "firstDay": "2025-03-11",
                    "lastDay": "2025-03-12",
                    "timeZone": "Europe/Paris"
                  },
                  "participations": [
                    {"nation": "FR", "status": "CONFIRMED", "invitedOn": "2025-03-04", "respondedOn": "2025-03-05", "notes": "Host"},
                    {"nation": "UA", "status": "INVITED"}
                  ],
                  "rooms": [
                    {"key": "murat", "name": "Salon Murat", "building": "Élysée Palace", "capacity": 60}
                  ],
                  "attendees": [
                    {"key": "fr-1", "nation": "FR", "givenName": "Emmanuel", "familyName": "Macron", "honorific": "H.E.",
                      "role": "HEAD_OF_STATE", "headOfDelegation": true, "email": "president@example.fr",
                      "languages": ["fr", "en"], "arrivesAt": "2025-03-11T07:30"},
                    {"nation": "UA", "familyName": "Sybiha", "role": "MINISTER"}
                  ],
                  "agenda": [
                    {"key": "opening", "title": "Opening", "kind": "PLENARY", "start": "2025-03-11T09:00",
                      "end": "2025-03-11T10:15", "room": "murat", "closed": true, "attendees": ["fr-1"],
                      "nations": ["UA"]},
                    {"title": "Dinner", "kind": "MEAL", "start": "2025-03-11T20:00", "end": "2025-03-12T00:30"}
                  ]
                }
                """.getBytes(UTF_8), SOURCE);

        ZoneId paris = ZoneId.of("Europe/Paris");
        SummitContent expected = new SummitContent(
                new Summit(0, "Paris test", "FR", "Paris", "Élysée Palace", LocalDate.of(2025, 3, 11),
                        LocalDate.of(2025, 3, 12), paris, 0),
                List.of(new Participation(1, "FR", ParticipationStatus.CONFIRMED, LocalDate.of(2025, 3, 4),
                                LocalDate.of(2025, 3, 5), "Host", 0),
                        new Participation(2, "UA", ParticipationStatus.INVITED, null, null, null, 0)),
                List.of(new Room(1, "murat", "Salon Murat", "Élysée Palace", 60, 0)),
                List.of(new Attendee(1, "fr-1", "FR", "Emmanuel", "Macron", "H.E.", null, Role.HEAD_OF_STATE, true,
                                "president@example.fr", null, List.of("fr", "en"),
                                Instant.parse("2025-03-11T06:30:00Z"), null, null, 0),
                        new Attendee(2, null, "UA", "", "Sybiha", null, null, Role.MINISTER, false, null, null,
                                List.of(), null, null, null, 0)),
                List.of(new AgendaItem(1, "opening", "Opening", AgendaKind.PLENARY,
                                new TimeRange(Instant.parse("2025-03-11T08:00:00Z"), Instant.parse("2025-03-11T09:15:00Z")),
                                1L, true, null, List.of(1L), List.of("UA"), 0),
                        new AgendaItem(2, null, "Dinner", AgendaKind.MEAL,
                                new TimeRange(Instant.parse("2025-03-11T19:00:00Z"), Instant.parse("2025-03-11T23:30:00Z")),
                                null, false, null, List.of(), List.of(), 0)));
        assertEquals(expected, content);
    }

    @Test
    void acceptsAByteOrderMark() throws SummitFileException {
        byte[] json = ("\uFEFF" + """
                {
                  "format": "summit-planner/1",
                  "summit": {"name": "Test summit", "hostNation": "FR", "city": "Paris", "firstDay": "2025-03-11", "lastDay": "2025-03-11", "timeZone": "Europe/Paris"}
                }
                """).getBytes(UTF_8);
        assertEquals("Test summit", reader.read(json, SOURCE).summit().name());
    }

    // ---------------------------------------------------------------- helpers

    private List<Problem> problems(String json) {
        SummitFileException e = assertThrows(SummitFileException.class, () -> reader.read(json.getBytes(UTF_8), SOURCE),
                "the file should have been refused");
        return e.problems();
    }

    private Problem theProblem(String json) {
        List<Problem> problems = problems(json);
        assertEquals(1, problems.size(), () -> "expected exactly one problem, got " + problems);
        return problems.get(0);
    }
}
