package org.summitplanner.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The languages cell as lists write it: every separator the import splits on, and what it refuses. */
class LanguagesTest {

    private static List<String> read(String cell) {
        return Values.languages(cell, new String[1]);
    }

    @Test
    void everySeparatorSplits() {
        assertEquals(List.of("en", "fr"), read("en, fr"));
        assertEquals(List.of("en", "fr", "de"), read("English; French/German"));
        assertEquals(List.of("en", "fr", "es", "it"), read("en+fr|es\nit"));
        assertEquals(List.of("fr", "en"), read("français et anglais"));
        assertEquals(List.of("en", "fr"), read("English and French"));
        assertEquals(List.of("en", "fr"), read("en fr"), "words without commas");
        assertEquals(List.of("en"), read("en,,en;"), "each language once, empty parts left out");
        assertEquals(List.of(), read(""));
    }

    @Test
    void anUnknownLanguageIsNamed() {
        String[] unknown = new String[1];
        assertNull(Values.languages("en, Klingon", unknown));
        assertEquals("Klingon", unknown[0]);
    }
}
