package org.summitplanner.printing.text;

import java.lang.Character.UnicodeScript;
import java.util.List;
import java.util.Set;

/**
 * One line of text laid out for drawing: its runs in visual order (left to right on the page), each
 * in one font and one direction. Widths and offsets are in thousandths of an em: multiply by the
 * size in points and divide by 1000.
 *
 * @param text the line as given (logical order)
 * @param missing scripts of characters no font has (drawn as a white square, □)
 */
public record TextLine(String text, List<Run> runs, float width, Set<UnicodeScript> missing) {

    public TextLine {
        runs = List.copyOf(runs);
        missing = Set.copyOf(missing);
    }

    /** The width in points at a size. */
    public float width(float size) {
        return width * size / 1000f;
    }

    /**
     * A piece of the line in one font and one direction.
     *
     * @param face the font, or null for characters no font has (drawn in the primary font as □)
     * @param logical the run's text in reading order, for searching and copying
     * @param visual the characters to draw, left to right: reversed for right-to-left text, Arabic
     *        letters in their joined forms; PDFBox still applies a shaping font's substitutions
     * @param x where the run starts, from the line's start
     * @param rightToLeft the run reads right to left
     * @param actualText the drawn characters differ from what the run reads as (Devanagari
     *        conjuncts, characters no font has), so the PDF says what it reads as
     * @param missing no font has these characters: they are drawn as □ in the primary font
     */
    public record Run(Face face, String logical, String visual, float x, float width, boolean rightToLeft,
                      boolean actualText, boolean missing) {
    }
}
