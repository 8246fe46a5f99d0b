package org.summitplanner.printing;

import java.io.IOException;

/**
 * What a page is drawn on: a PDF page, or JavaFX nodes for the preview and the printer. Points
 * (1/72 inch), origin at the bottom left as in PDF. Text is in the printouts' font
 * (Liberation Sans, then the font chain for other scripts; {@link PrintLayout#textLayout()}) at the
 * given size, bold for bold styles.
 */
public interface PageCanvas {

    /** Text whose baseline starts at (x, baseline); its colour is the style's grey. */
    void text(String text, Style style, float size, float x, float baseline) throws IOException;

    /** A horizontal line; grey from 0 (black) to 1 (white). */
    void rule(float x1, float x2, float y, float grey, float width) throws IOException;

    void fill(float x, float y, float width, float height, float grey) throws IOException;
}
