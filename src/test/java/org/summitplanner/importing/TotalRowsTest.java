package org.summitplanner.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Total lines under a list, and the people's rows that only look a little like them. */
class TotalRowsTest {

    @Test
    void totalLinesAreRecognised() {
        assertEquals("Total: 12", TotalRows.label(List.of("Total: 12")));
        assertEquals("Subtotal Belgium", TotalRows.label(List.of("", "Subtotal Belgium", "3", "")));
        assertEquals("Total général", TotalRows.label(List.of(" Total général ", "1 204")));
        assertEquals("GRAND TOTAL", TotalRows.label(List.of("GRAND TOTAL", "12,5")));
        assertEquals("Sous-total", TotalRows.label(List.of("Sous-total", "7")));
        assertEquals("Summe", TotalRows.label(List.of("Summe", "7")));
        assertEquals("Count", TotalRows.label(List.of("Count", "40")));
        assertEquals("« Total »", TotalRows.label(List.of("« Total »", "4")), "punctuation before the word");
        assertEquals("Śum", TotalRows.label(List.of("Śum", "4")), "an accented first letter is folded");
        assertEquals("...total", TotalRows.label(List.of("...total", "4")));
    }

    @Test
    void peoplesRowsAreNot() {
        assertNull(TotalRows.label(List.of("Given1", "Family1", "FR", "person1@example.org")));
        assertNull(TotalRows.label(List.of("Somme", "Claire", "FR")), "Somme, a family name, beside a nation");
        assertNull(TotalRows.label(List.of("Totalova", "4")), "a word that only starts like one");
        assertNull(TotalRows.label(List.of("Anna")));
        assertNull(TotalRows.label(List.of("Émile", "3")));
        assertNull(TotalRows.label(List.of("12", "3")), "numbers alone");
        assertNull(TotalRows.label(List.of("---", "3")));
        assertNull(TotalRows.label(List.of("", " ")));
        assertNull(TotalRows.label(List.of("1st total", "3")), "a digit first");
    }
}
