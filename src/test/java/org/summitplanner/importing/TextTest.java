package org.summitplanner.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How the import folds what people type: {@link Text#compact} is {@link Text#fold} without its spaces. */
class TextTest {

    @Test
    void foldAndCompact() {
        assertEquals("cote d ivoire", Text.fold("Côte d’Ivoire"));
        assertEquals("cotedivoire", Text.compact("Côte d’Ivoire"));
        assertEquals("usa", Text.compact("U.S.A."));
        assertEquals("u s a", Text.fold(" U.S.A. "));
        assertEquals("strasse", Text.compact("Straße"));
        assertEquals("", Text.compact(null));
        assertEquals("", Text.compact(" - "));
        assertEquals("東京都", Text.compact("東京 都"));
        assertEquals("anne marie", Text.fold("Anne-Marie"));
        assertEquals("annemarie", Text.compact("Anne\u00A0Marie"));
    }

    @Test
    void compactIsFoldWithoutSpacesForAnyText() {
        String alphabet = "aZé ß-.’\u00A00東Øœ\u0301İ";
        java.util.Random random = new java.util.Random(36);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(10); k > 0; k--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            assertEquals(Text.fold(text).replace(" ", ""), Text.compact(text), text);
        }
    }
}
