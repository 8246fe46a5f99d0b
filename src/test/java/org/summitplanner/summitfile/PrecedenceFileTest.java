package org.summitplanner.summitfile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitplanner.model.AddressStyle;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.DelegationRule;
import org.summitplanner.model.MemberRule;
import org.summitplanner.model.Precedence;
import org.summitplanner.model.ProtocolDetails;
import org.summitplanner.model.SummitContent;
import org.summitplanner.service.Services;
import org.summitplanner.store.Database;
import org.summitplanner.store.TestDatabases;
import org.summitplanner.summitfile.SummitFileException.Problem;

/** The optional precedence section and attendee protocol fields of the summit file (issue 13). */
class PrecedenceFileTest {

    private static final Set<String> NATIONS = Set.of("FR", "UA", "GB", "DE");
    private static final String HEAD = """
            {
              "format": "summit-planner/1",
              "summit": {"name": "Test summit", "hostNation": "FR", "city": "Paris", "firstDay": "2025-03-11", "lastDay": "2025-03-11", "timeZone": "Europe/Paris"},
            """;

    @TempDir
    Path dir;

    private final List<Database> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(Database::close);
    }

    private Services fresh() {
        Database db = TestDatabases.fresh();
        opened.add(db);
        return Services.of(db);
    }

    @Test
    void orderAndStylesRoundTripThroughTwoDatabases() throws Exception {
        Services first = fresh();
        long id = first.summits().loadDemo().id();
        byte[] plain = first.summits().export(id);
        assertFalse(new String(plain, UTF_8).contains("precedence"), "no section while nothing is stored");

        first.precedence().save(id, first.precedence().precedence(id).withRule(DelegationRule.LOT)
                .withLot("UA", null, 7L).withMembers(MemberRule.HAND).withHandOrder(List.of("FR", "GB")));
        Attendee macron = first.attendees().attendees(id).stream().filter(a -> a.familyName().equals("Macron"))
                .findFirst().orElseThrow();
        first.attendees().update(macron.withProtocol(new ProtocolDetails(AddressStyle.HE, "H.E. Mr", "S.E. M. le Président",
                LocalDate.of(2017, 5, 14), 1)));
        byte[] exported = first.summits().export(id);
        String text = new String(exported, UTF_8);
        assertTrue(text.contains("\"precedence\": {\n    \"delegations\": \"LOT\",\n    \"language\": \"fr\",\n"
                + "    \"lotNation\": \"UA\",\n    \"lotSeed\": 7,\n    \"members\": \"HAND\",\n"
                + "    \"handOrder\": [\n      \"FR\",\n      \"GB\"\n    ]\n  }\n}"), text.substring(text.length() - 300));
        assertTrue(text.contains("\"style\": \"HE\",\n      \"styleEn\": \"H.E. Mr\",\n"
                + "      \"styleFr\": \"S.E. M. le Président\",\n      \"tookOffice\": \"2017-05-14\",\n"
                + "      \"handPosition\": 1\n"));

        Services second = fresh();
        long loaded = second.summits().load(Files.write(dir.resolve("s.json"), exported)).id();
        assertArrayEquals(exported, second.summits().export(loaded));
        Precedence p = second.precedence().precedence(loaded);
        assertEquals(DelegationRule.LOT, p.rule());
        assertEquals("UA", second.precedence().delegationOrder(loaded).get(0));
        assertEquals(first.precedence().delegationOrder(id), second.precedence().delegationOrder(loaded));
    }

    @Test
    void fileWithoutTheSectionLoadsWithTheDefault() throws Exception {
        SummitContent c = new SummitFileReader(NATIONS).read((HEAD + """
                  "attendees": [{"nation": "FR", "familyName": "Dupont", "role": "MINISTER"}]
                }
                """).getBytes(UTF_8), "t.json");
        assertNull(c.precedence());
        assertEquals(ProtocolDetails.NONE, c.attendees().get(0).protocol());
    }

    @Test
    void sectionIsRead() throws Exception {
        SummitContent c = new SummitFileReader(NATIONS).read((HEAD + """
                  "attendees": [{"nation": "FR", "familyName": "Dupont", "role": "MINISTER", "style": "HE", "tookOffice": "2024-01-11", "handPosition": 2}],
                  "precedence": {"delegations": "HAND", "language": "en", "members": "RANK", "handOrder": ["UA", "FR"]}
                }
                """).getBytes(UTF_8), "t.json");
        assertEquals(new Precedence(DelegationRule.HAND, "en", null, null, null, MemberRule.RANK, List.of("UA", "FR"), 0),
                c.precedence());
        assertEquals(new ProtocolDetails(AddressStyle.HE, null, null, LocalDate.of(2024, 1, 11), 2),
                c.attendees().get(0).protocol());
    }

    @Test
    void badSectionIsReportedWithLineAndColumn() {
        List<Problem> problems = problems(HEAD + """
                  "precedence": {
                    "delegations": "RANDOM",
                    "language": "de",
                    "lotNation": "XX",
                    "members": "RANK",
                    "handOrder": ["FR", "GB", "FR"]
                  }
                }
                """);
        assertEquals(List.of(
                new Problem("$.precedence.delegations", 5, 20, "\"RANDOM\" is not one of [ALPHABETICAL, LOT, HAND]"),
                new Problem("$.precedence.language", 6, 17, "\"de\" is not fr or en"),
                new Problem("$.precedence.lotNation", 7, 18,
                        "unknown nation code \"XX\" (use ISO 3166 alpha-2 such as FR, or EU, NATO, UN)"),
                new Problem("$.precedence.handOrder[2]", 9, 31, "nation FR is placed twice")), problems);
    }

    @Test
    void badAttendeeProtocolFieldsAreReported() {
        List<Problem> problems = problems(HEAD + """
                  "attendees": [
                    {"nation": "FR", "familyName": "Dupont", "role": "MINISTER",
                     "style": "EXCELLENCY", "tookOffice": "last year", "handPosition": 0}
                  ]
                }
                """);
        assertEquals(3, problems.size(), problems.toString());
        assertEquals("$.attendees[0].style", problems.get(0).path());
        assertEquals(6, problems.get(0).line());
        assertTrue(problems.get(0).message().startsWith("\"EXCELLENCY\" is not one of [HE, HM, HRH"));
        assertEquals(new Problem("$.attendees[0].tookOffice", 6, 43, "\"last year\" is not a date like 2025-03-11"),
                problems.get(1));
        assertEquals(new Problem("$.attendees[0].handPosition", 6, 72, "the place in the delegation must be 1 or more, not 0"),
                problems.get(2));
    }

    private static List<Problem> problems(String json) {
        SummitFileException e = assertThrows(SummitFileException.class,
                () -> new SummitFileReader(NATIONS).read(json.getBytes(UTF_8), "t.json"));
        return e.problems();
    }
}
