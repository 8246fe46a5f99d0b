package org.summitplanner.printing;

/** One laid-out line of text at its final size. */
public record Line(String text, Style style, float size) {

    public float height() {
        return size * 1.25f;
    }
}
