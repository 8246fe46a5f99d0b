package org.summitplanner.printing;

/** Paper sizes in PDF points (1/72 inch), portrait. */
public enum Paper {
    A4(595.28f, 841.89f),
    LETTER(612f, 792f);

    private final float width;
    private final float height;

    Paper(float width, float height) {
        this.width = width;
        this.height = height;
    }

    public float width(Orientation orientation) {
        return orientation == Orientation.PORTRAIT ? width : height;
    }

    public float height(Orientation orientation) {
        return orientation == Orientation.PORTRAIT ? height : width;
    }
}
