package org.summitplanner.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.DelegationRule;
import org.summitplanner.model.Nation;
import org.summitplanner.model.Precedence;

/** The demo's printouts follow its order of precedence and name people in the form of address of their language. */
class PrecedencePrintTest {

    private PrintFixtures fixtures;
    private long summitId;
    private final Map<String, String> codeByFrenchName = new HashMap<>();
    private final Map<String, String> frenchName = new HashMap<>();

    @BeforeEach
    void demo() {
        fixtures = new PrintFixtures(Path.of("assets/demo/paris-2025.json"));
        summitId = fixtures.index.content().summit().id();
        for (Nation n : fixtures.services.summits().nations()) {
            codeByFrenchName.put(n.nameFr(), n.code());
            frenchName.put(n.code(), n.nameFr());
        }
    }

    @AfterEach
    void close() {
        fixtures.close();
    }

    private String print(SummitIndex index, PrintRequest request) {
        var out = new java.io.ByteArrayOutputStream();
        try {
            fixtures.services.printing().pdf(index, request, PrintFixtures.settings(Locale.FRENCH), out, PrintProgress.NONE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return PrintFixtures.text(out.toByteArray());
    }

    private List<String> order() {
        return fixtures.services.precedence().delegationOrder(summitId);
    }

    @Test
    void everyListOfDelegationsOnTheFrenchAgendaIsInFrenchOrder() {
        String text = print(fixtures.index, new PrintRequest(DocumentKind.AGENDA, null, null, null, null, false));
        // the lists may wrap over lines: join them first
        Matcher m = Pattern.compile("Délégations : ([^\\n]+(?:\\n[^\\n:]+,[^\\n]*)*)").matcher(text);
        int lists = 0;
        List<String> order = order();
        while (m.find()) {
            List<Integer> places = new ArrayList<>();
            for (String name : m.group(1).replace("\n", " ").split(", ")) {
                String code = codeByFrenchName.get(name.strip());
                if (code != null) {
                    places.add(order.indexOf(code));
                }
            }
            if (places.size() < 2) {
                continue;
            }
            List<Integer> sorted = new ArrayList<>(places);
            sorted.sort(null);
            assertEquals(sorted, places, "in precedence order: " + m.group(1));
            lists++;
        }
        assertTrue(lists > 0, text);
        // the packaged demo is ordered in French: Allemagne before Australie, Émirats-like accents among the E's
        assertTrue(order.indexOf("DE") < order.indexOf("AU") && order.indexOf("US") < order.indexOf("FI"));
    }

    @Test
    void programmesAndItinerariesComeInPrecedenceOrder() {
        String programmes = print(fixtures.index, new PrintRequest(DocumentKind.DELEGATION, null, null, null, null, true));
        List<String> titles = new ArrayList<>();
        Matcher m = Pattern.compile("Programme de la délégation — ([^\\n]+)").matcher(programmes);
        while (m.find()) {
            String code = codeByFrenchName.get(m.group(1).strip());
            if (code != null && (titles.isEmpty() || !titles.get(titles.size() - 1).equals(code))) {
                titles.add(code);
            }
        }
        List<String> expected = order().stream().filter(titles::contains).toList();
        assertEquals(expected, titles);
        assertEquals("DE", titles.get(0));

        // by hand: Ukraine first, then France; the rest keep the French order
        Precedence p = fixtures.services.precedence().precedence(summitId);
        fixtures.services.precedence().save(summitId, p.withRule(DelegationRule.HAND).withHandOrder(List.of("UA", "FR")));
        SummitIndex again = fixtures.services.printing().index(summitId);
        String byHand = print(again, new PrintRequest(DocumentKind.DELEGATION, null, null, null, null, true));
        Matcher first = Pattern.compile("Programme de la délégation — ([^\\n]+)").matcher(byHand);
        assertTrue(first.find());
        assertEquals("Ukraine", first.group(1).strip());
        assertTrue(first.find());
        String second = first.group(1).strip();
        while (second.equals("Ukraine") && first.find()) {
            second = first.group(1).strip();
        }
        assertEquals("France", second);
    }

    @Test
    void frenchItinerariesUseTheFrenchFormsOfAddressInRankOrder() {
        String text = print(fixtures.index, new PrintRequest(DocumentKind.ITINERARY, null, null, "FR", null, true));
        int macron = text.indexOf("S.E. Emmanuel Macron");
        int minister = text.indexOf("Marchetti");
        int press = text.indexOf("Garnier-Delmas");
        assertTrue(macron >= 0, text);
        assertTrue(macron < minister && minister < press, "head of state, minister, press");
        assertTrue(text.contains("Mme "), "Ms is Mme in French");
        assertTrue(!text.contains("H.E. "), "no English style in a French itinerary");
    }
}
