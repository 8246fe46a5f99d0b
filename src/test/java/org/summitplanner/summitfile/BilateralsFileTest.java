package org.summitplanner.summitfile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.BilateralRequest;
import org.summitplanner.model.BilateralStatus;
import org.summitplanner.model.SummitContent;
import org.summitplanner.summitfile.SummitFileException.Problem;

/** The optional "bilaterals" section: read, written back the same, and bad entries named by line and column. */
class BilateralsFileTest {

    private static final Set<String> NATIONS = Set.of("FR", "UA", "SI", "US", "GB", "DE");
    private final SummitFileReader reader = new SummitFileReader(NATIONS);

    private static final String HEAD = """
            {
              "format": "summit-planner/1",
              "summit": {"name": "Test summit", "hostNation": "FR", "city": "Paris", "firstDay": "2025-03-11", "lastDay": "2025-03-11", "timeZone": "Europe/Paris"},
              "agenda": [
                {"key": "fr-ua", "title": "Bilateral", "kind": "BILATERAL", "start": "2025-03-11T14:15", "end": "2025-03-11T14:45"}
              ],
            """;

    @Test
    void requestsAreReadAndWrittenBackTheSame() throws Exception {
        String json = """
                {
                  "format": "summit-planner/1",
                  "summit": {
                    "name": "Test summit",
                    "hostNation": "FR",
                    "city": "Paris",
                    "firstDay": "2025-03-11",
                    "lastDay": "2025-03-11",
                    "timeZone": "Europe/Paris"
                  },
                  "participations": [ ],
                  "rooms": [ ],
                  "attendees": [ ],
                  "agenda": [
                    {
                      "key": "fr-ua",
                      "title": "Bilateral",
                      "kind": "BILATERAL",
                      "start": "2025-03-11T14:15",
                      "end": "2025-03-11T14:45",
                      "closed": false
                    }
                  ],
                  "bilaterals": [
                    {
                      "nation": "UA",
                      "with": "FR",
                      "minutes": 30,
                      "priority": 1,
                      "languages": [
                        "uk"
                      ],
                      "status": "PLACED",
                      "item": "fr-ua",
                      "notes": "The reassurance force"
                    },
                    {
                      "nation": "SI",
                      "with": "DE",
                      "minutes": 20
                    }
                  ]
                }
                """;
        SummitContent content = reader.read(json.getBytes(UTF_8), "test.json");
        assertEquals(List.of(
                new BilateralRequest(1, "UA", "FR", 30, 1, List.of("uk"), BilateralStatus.PLACED, 1L,
                        "The reassurance force", 0),
                new BilateralRequest(2, "SI", "DE", 20, 3, List.of(), BilateralStatus.REQUESTED, null, null, 0)),
                content.bilaterals());
        assertEquals(json, new String(new SummitFileWriter().write(content), UTF_8));
    }

    @Test
    void aFileWithoutTheSectionHasNoRequests() throws Exception {
        SummitContent content = reader.read((HEAD.substring(0, HEAD.lastIndexOf(',')) + "\n}\n").getBytes(UTF_8),
                "old.json");
        assertEquals(List.of(), content.bilaterals());
        assertEquals(false, new String(new SummitFileWriter().write(content), UTF_8).contains("bilaterals"));
    }

    @Test
    void badRequestsAreNamedByLineAndColumn() {
        SummitFileException e = assertThrows(SummitFileException.class, () -> reader.read((HEAD + """
                  "bilaterals": [
                    {"nation": "UA", "with": "UA", "minutes": 30},
                    {"nation": "XX", "with": "FR", "minutes": 500, "priority": 9},
                    {"nation": "UA", "with": "FR", "minutes": 30, "status": "PLACED"},
                    {"nation": "UA", "with": "FR", "minutes": 30, "status": "PLACED", "item": "nope"},
                    {"nation": "UA", "with": "FR", "minutes": 30, "languages": ["Ukrainian"]}
                  ]
                }
                """).getBytes(UTF_8), "test.json"));
        assertEquals(List.of(
                new Problem("$.bilaterals[0].with", 8, 30, "a bilateral needs two nations: UA is named twice"),
                new Problem("$.bilaterals[1].nation", 9, 16, "unknown nation code \"XX\" (use ISO 3166 alpha-2 such as FR, or EU, NATO, UN)"),
                new Problem("$.bilaterals[1].minutes", 9, 47, "the length must be 5 to 480 minutes, not 500"),
                new Problem("$.bilaterals[1].priority", 9, 64, "the priority must be 1 (highest) to 5, not 9"),
                new Problem("$.bilaterals[2].item", 10, 5, "missing: a placed bilateral names the agenda item that holds it"),
                new Problem("$.bilaterals[3].item", 11, 79, "unknown agenda item key \"nope\""),
                new Problem("$.bilaterals[4].languages[0]", 12, 65, "\"Ukrainian\" is not a language code such as fr or en")),
                e.problems());
    }
}
