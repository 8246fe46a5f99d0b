package org.summitplanner.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.TimeRange;
import org.summitplanner.schedule.CheckedFinding;
import org.summitplanner.schedule.Severity;
import org.summitplanner.schedule.SummitCheck;
import org.summitplanner.service.Services;
import org.summitplanner.store.Database;

/** {@code check} as a script calls it: the demo's problems, the JSON shape, exit codes, acknowledgements. */
class CheckCommandTest extends CommandTestSupport {

    private static final String FINDING_FIELDS =
            "[rule, severity, message, nations, attendees, agendaItems, rooms, acknowledged]";

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out);
    }

    private static JsonNode finding(JsonNode root, String rule) {
        List<JsonNode> found = new ArrayList<>();
        root.get("findings").forEach(f -> {
            if (f.get("rule").asText().equals(rule)) {
                found.add(f);
            }
        });
        assertEquals(1, found.size(), rule + " in " + root);
        return found.get(0);
    }

    @Test
    void theDemoReportsItsThreeProblemsAndExitsWithOne() {
        run("--db", db(), "demo");
        // 1 must mean "errors remain", not an unexpected failure (also 1): nothing on stderr, a full report
        assertEquals(CheckCommand.ERRORS_REMAIN, run("--db", db(), "check"));
        assertEquals("", err);
        assertTrue(out.contains("UNINVITED_DELEGATION          Not invited: United States (US), yet it has one attendee"), out);
        assertTrue(out.contains("ATTENDEE_DOUBLE_BOOKED        H.E. Karsten W\u00F6hrmann (DE) is named on two items"), out);
        assertTrue(out.contains("ROOM_OVER_CAPACITY            \u201CBilateral: Slovenia \u2013 Ukraine\u201D (15:15\u201315:45) "
                + "needs 7 seats but Salon bleu holds 6."), out);
        assertTrue(out.strip().endsWith("4 errors, 6 warnings."), out);
    }

    @Test
    void jsonHasTheShapeOfTheIssueWithKeysAndSortedLists() throws Exception {
        run("--db", db(), "demo");
        assertEquals(CheckCommand.ERRORS_REMAIN, run("--db", db(), "check", "--summit", "1", "--format", "json"));
        JsonNode root = json();
        assertEquals(List.of("summit", "findings"), iterable(root.fieldNames()));
        assertEquals("Paris conference on security guarantees for Ukraine", root.get("summit").asText());
        assertEquals(10, root.get("findings").size());
        root.get("findings").forEach(f -> assertEquals(FINDING_FIELDS, iterable(f.fieldNames()).toString()));

        JsonNode us = finding(root, "UNINVITED_DELEGATION");
        assertEquals("ERROR", us.get("severity").asText());
        assertEquals("[\"US\"]", us.get("nations").toString());
        assertEquals("[\"us-1\"]", us.get("attendees").toString());
        assertEquals("[\"ws-backstop\"]", us.get("agendaItems").toString());
        assertFalse(us.get("acknowledged").asBoolean());

        JsonNode minister = finding(root, "ATTENDEE_DOUBLE_BOOKED");
        assertEquals("[\"de-1\"]", minister.get("attendees").toString());
        assertEquals("[\"bilat-de-ua\",\"ws-reassurance\"]", minister.get("agendaItems").toString());

        JsonNode room = finding(root, "ROOM_OVER_CAPACITY");
        assertEquals("[\"bilat-si-ua\"]", room.get("agendaItems").toString());
        assertEquals("[\"marigny-salon-bleu\"]", room.get("rooms").toString());
        assertEquals("[]", room.get("nations").toString());
    }

    @Test
    void acknowledgedErrorsAreLeftOutAndNoLongerCountUntilTheirFactsChange() throws Exception {
        run("--db", db(), "demo");
        try (Database database = Database.openFile(dir.resolve("x.mv.db"), s -> { })) {
            Services services = Services.of(database, Clock.systemUTC());
            SummitCheck check = services.checks().check(1);
            for (CheckedFinding f : check.findings()) {
                if (f.severity() == Severity.ERROR) {
                    services.checks().acknowledge(1, f.finding(), "Known; the protocol office handles it.");
                }
            }
        }
        assertEquals(0, run("--db", db(), "check", "--format", "json"), err);
        assertEquals(6, json().get("findings").size(), "only the warnings: " + out);
        assertEquals(0, run("--db", db(), "check", "--include-acknowledged", "--format", "json"), err);
        assertEquals(10, json().get("findings").size());
        assertTrue(finding(json(), "UNINVITED_DELEGATION").get("acknowledged").asBoolean());
        assertEquals(0, run("--db", db(), "check", "--include-acknowledged"), err);
        assertTrue(out.contains("[acknowledged: Known; the protocol office handles it.]"), out);
        assertTrue(out.strip().endsWith("0 errors, 6 warnings not acknowledged; 4 acknowledged."), out);

        // moving the German bilateral by five minutes changes the facts of the minister's double booking
        try (Database database = Database.openFile(dir.resolve("x.mv.db"), s -> { })) {
            Services services = Services.of(database, Clock.systemUTC());
            AgendaItem bilateral = services.checks().check(1).content().agenda().stream()
                    .filter(i -> "bilat-de-ua".equals(i.key())).findFirst().orElseThrow();
            TimeRange later = new TimeRange(bilateral.time().start().plusSeconds(300), bilateral.time().end());
            new org.summitplanner.store.AgendaStore(database).update(new AgendaItem(bilateral.id(), bilateral.key(),
                    bilateral.title(), bilateral.kind(), later, bilateral.roomId(), bilateral.closed(),
                    bilateral.description(), bilateral.attendeeIds(), bilateral.nations(), bilateral.version()));
        }
        assertEquals(CheckCommand.ERRORS_REMAIN, run("--db", db(), "check", "--format", "json"));
        assertEquals("ATTENDEE_DOUBLE_BOOKED", json().get("findings").get(0).get("rule").asText(), out);
        assertFalse(json().get("findings").get(0).get("acknowledged").asBoolean());
    }

    @Test
    void aSummitWithoutErrorsExitsWithZero() throws Exception {
        Path file = dir.resolve("calm.json");
        Files.writeString(file, """
                {
                  "format": "summit-planner/1",
                  "summit": {"name": "Calm", "hostNation": "FR", "city": "Paris", "firstDay": "2025-03-11",
                    "lastDay": "2025-03-11", "timeZone": "Europe/Paris", "transferMinutes": 10},
                  "participations": [{"nation": "FR", "status": "CONFIRMED"}, {"nation": "IT", "status": "CONFIRMED"}],
                  "rooms": [{"key": "murat", "name": "Salon Murat", "building": "\u00C9lys\u00E9e", "capacity": 60},
                            {"name": "Salon jaune", "building": "Marigny", "capacity": 10}],
                  "attendees": [{"nation": "FR", "familyName": "Macron", "role": "HEAD_OF_STATE", "headOfDelegation": true}],
                  "agenda": [{"key": "a", "title": "A", "kind": "PLENARY", "start": "2025-03-11T09:00", "end": "2025-03-11T10:00",
                              "room": "murat", "attendees": ["attendee-1"]}]
                }
                """.replace("\"attendees\": [{\"nation\"", "\"attendees\": [{\"key\": \"attendee-1\", \"nation\""));
        assertEquals(0, run("--db", db(), "load", file.toString()), err);
        assertEquals(0, run("--db", db(), "check", "--format", "json"), err);
        JsonNode it = finding(json(), "CONFIRMED_WITHOUT_DELEGATION");
        assertEquals("[\"IT\"]", it.get("nations").toString());
        assertEquals(0, run("--db", db(), "check"), err);
        assertEquals("0 errors, 1 warning.", out.lines().reduce((a, b) -> b).orElseThrow());
    }

    @Test
    void aHeadOfDelegationAtTheWelcomeAndWithTheWholeDelegationAtTheOverlappingPlenary() throws Exception {
        Path file = dir.resolve("heads.json");
        Files.writeString(file, """
                {
                  "format": "summit-planner/1",
                  "summit": {"name": "Heads", "hostNation": "FR", "city": "Paris", "firstDay": "2025-03-11",
                    "lastDay": "2025-03-11", "timeZone": "Europe/Paris"},
                  "participations": [{"nation": "FR", "status": "CONFIRMED"}, {"nation": "DE", "status": "CONFIRMED"}],
                  "rooms": [{"key": "fetes", "name": "Salle des fêtes", "capacity": 200},
                            {"key": "murat", "name": "Salon Murat", "capacity": 60}],
                  "attendees": [
                    {"key": "fr-1", "nation": "FR", "familyName": "Barrot", "role": "MINISTER", "headOfDelegation": true},
                    {"key": "fr-2", "nation": "FR", "familyName": "Garde", "role": "SECURITY"},
                    {"key": "de-1", "nation": "DE", "familyName": "Wadephul", "role": "MINISTER", "headOfDelegation": true}],
                  "agenda": [
                    {"key": "welcome", "title": "Welcome", "kind": "CEREMONY", "start": "2025-03-11T10:00",
                     "end": "2025-03-11T11:00", "room": "murat", "attendees": ["fr-1", "fr-2"]},
                    {"key": "plenary", "title": "Plenary", "kind": "PLENARY", "start": "2025-03-11T10:30",
                     "end": "2025-03-11T12:00", "room": "fetes", "nations": ["FR", "DE"]}]
                }
                """);
        assertEquals(0, run("--db", db(), "load", file.toString()), err);
        assertEquals(CheckCommand.ERRORS_REMAIN, run("--db", db(), "check"), err);
        assertTrue(out.contains("ATTENDEE_DOUBLE_BOOKED        Barrot (FR) is expected at two items at the same time: "
                + "\u201CWelcome\u201D (10:00\u201311:00), where they are named, and \u201CPlenary\u201D "
                + "(10:30\u201312:00) as head of the France (FR) delegation, which takes part as a whole."), out);
        assertEquals("1 error, 0 warnings.", out.lines().reduce((a, b) -> b).orElseThrow());

        assertEquals(CheckCommand.ERRORS_REMAIN, run("--db", db(), "check", "--format", "json"), err);
        JsonNode head = finding(json(), "ATTENDEE_DOUBLE_BOOKED");
        // the fields every finding has, then the added ones
        assertEquals(FINDING_FIELDS.replace("]", ", asHeadOf, throughDelegation]"),
                iterable(head.fieldNames()).toString());
        assertEquals("[\"fr-1\"]", head.get("attendees").toString());
        assertEquals("[\"plenary\",\"welcome\"]", head.get("agendaItems").toString());
        assertEquals("FR", head.get("asHeadOf").asText());
        assertEquals("[\"plenary\"]", head.get("throughDelegation").toString());
    }

    @Test
    void badUsageExitsWithTwo() {
        run("--db", db(), "demo");
        assertEquals(Cli.BAD_INPUT, run("--db", db(), "check", "--format", "xml"));
        assertTrue(err.contains("--format"), err);
        assertEquals(Cli.BAD_INPUT, run("--db", db(), "check", "--summit", "Nowhere"));
        assertTrue(err.contains("No summit with id or name \"Nowhere\""), err);
        assertEquals(Cli.BAD_INPUT, run("--db", db(), "check", "--frobnicate"));
        assertEquals(0, run("check", "--help"));
        assertTrue(out.startsWith("Usage: summit-planner check"), out);
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
