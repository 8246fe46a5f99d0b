package org.summitplanner.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The printouts' metrics, as the paginator sees them. */
class PdfFontTest {

    private final PdfFont font = new PdfFont();

    @Test
    void textIsKeptWhateverItsScriptAndControlCharactersBecomeSpaces() {
        for (String text : new String[] {"Glavaš", "Türkiye", "Зеленський", "Ελλάδα", "Côte d’Ivoire", "Þorvaldsdóttir",
            "习近平", "محمد بن سلمان", "Paris 🇫🇷 France"}) {
            assertEquals(text, font.printable(text));
        }
        assertEquals("a b", font.printable("a\tb"));
        // decomposed accents are composed, as the fonts draw them
        assertEquals("Nguyễn", font.printable("Nguye\u0302\u0303n"));
    }

    @Test
    void widthsGrowWithTextAndSize() {
        float one = font.width("Зеленський", 10);
        assertTrue(one > 30 && one < 70, "a name at 10 pt is a few centimetres: " + one);
        assertEquals(2 * one, font.width("Зеленський", 20), 0.01);
        assertEquals(font.width("ab", 10), font.width("a", 10) + font.width("b", 10), 0.001);
    }
}
