package org.summitplanner.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code precedence} command on the demo: text, JSON, the lot drawn and stored, bad input. */
class PrecedenceCommandTest extends CommandTestSupport {

    private List<String> nations(String json) throws Exception {
        JsonNode root = new ObjectMapper().readTree(json);
        List<String> codes = new ArrayList<>();
        root.get("delegations").forEach(d -> codes.add(d.get("nation").asText()));
        return codes;
    }

    @Test
    void printsTheFrenchOrderOfTheDemo() throws Exception {
        assertEquals(0, run("--db", db(), "demo"), err);
        assertEquals(0, run("--db", db(), "precedence", "--lang", "fr"), err);
        assertTrue(out.startsWith("Délégations : ordre alphabétique, d’après leurs noms en français ; personnes : par rang,"
                + " puis date d’entrée en fonctions.\n"), "the heading in the names' language: " + out);
        assertTrue(out.contains("  1  DE   Allemagne\n"), out);
        assertTrue(out.contains("          1  S.E. Emmanuel Macron, Président de la République française"), out);
        assertEquals("", err);

        assertEquals(0, run("--db", db(), "precedence", "--format", "json"), err);
        JsonNode root = new ObjectMapper().readTree(out);
        assertEquals("ALPHABETICAL", root.get("rule").asText());
        assertEquals("fr", root.get("language").asText());
        List<String> codes = nations(out);
        assertEquals(36, codes.size());
        assertEquals(List.of("DE", "AU", "AT"), codes.subList(0, 3));
        JsonNode france = root.get("delegations").get(codes.indexOf("FR"));
        assertEquals("H.E. Emmanuel Macron", france.get("people").get(0).get("addressed").asText());
        assertEquals("HEAD_OF_STATE", france.get("people").get(0).get("role").asText());
    }

    @Test
    void theLotIsDrawnStoredAndReproducible() throws Exception {
        run("--db", db(), "demo");
        assertEquals(0, run("--db", db(), "precedence", "--seed", "2025", "--format", "json"), err);
        String first = out;
        JsonNode root = new ObjectMapper().readTree(first);
        assertEquals("LOT", root.get("rule").asText());
        String drawn = root.get("lotNation").asText();
        assertEquals(drawn, nations(first).get(0));
        // stored: a plain run shows the same order; the same seed draws the same again
        assertEquals(0, run("--db", db(), "precedence", "--format", "json"), err);
        assertEquals(first, out);
        assertEquals(0, run("--db", db(), "precedence", "--seed", "2025", "--format", "json"), err);
        assertEquals(first, out);

        assertEquals(0, run("--db", db(), "precedence", "--letter", "S", "--format", "json"), err);
        assertEquals("SK", nations(out).get(0), "Slovaquie is the first French name from S");
    }

    @Test
    void badInputSaysWhatAndExitsWithTwo() {
        run("--db", db(), "demo");
        assertEquals(2, run("--db", db(), "precedence", "--seed", "1", "--letter", "A"));
        assertEquals("Give --seed or --letter, not both.\n", err);
        assertEquals(2, run("--db", db(), "precedence", "--lang", "de"));
        assertTrue(err.startsWith("Unknown language \"de\""), err);
        assertEquals(2, run("--db", db(), "precedence", "--summit", "Nowhere"));
        assertFalse(err.contains("Exception"), err);
        assertEquals(2, run("--db", db(), "precedence", "--seed", "abc"));
        assertFalse(err.contains("\tat "), err);
        // a drawn "letter" that is a digit is refused, and nothing is stored
        assertEquals(2, run("--db", db(), "precedence", "--letter", "9"));
        assertTrue(err.contains("must be 1 to 8 letters"), err);
        assertEquals(0, run("--db", db(), "precedence", "--format", "json"), err);
        assertFalse(out.contains("\"9\""), out);
    }
}
