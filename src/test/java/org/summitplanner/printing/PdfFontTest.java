package org.summitplanner.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The font's coverage and metrics, as the paginator sees them. */
class PdfFontTest {

    private final PdfFont font = new PdfFont();

    @Test
    void latinGreekAndCyrillicAreInTheFontAndWhatIsNotBecomesAQuestionMark() {
        for (String text : new String[] {"Glavaš", "Türkiye", "Зеленський", "Ελλάδα", "Côte d’Ivoire", "Þorvaldsdóttir"}) {
            assertEquals(text, font.printable(text));
        }
        // a flag (two characters outside the BMP), a tab, a Chinese name the font has no glyphs for
        assertEquals("Paris ?? France", font.printable("Paris 🇫🇷 France"));
        assertEquals("a b", font.printable("a\tb"));
        assertEquals("??", font.printable("习近"));
    }

    @Test
    void widthsGrowWithTextAndSize() {
        float one = font.width("Зеленський", 10);
        assertTrue(one > 30 && one < 70, "a name at 10 pt is a few centimetres: " + one);
        assertEquals(2 * one, font.width("Зеленський", 20), 0.01);
        assertEquals(font.width("ab", 10), font.width("a", 10) + font.width("b", 10), 0.001);
    }
}
