package org.summitplanner.printing;

/** The few text styles of the printouts; sizes are at scale 1 and grow with a section's scale. */
public enum Style {
    NORMAL(9.5f, false, 0f),
    BOLD(9.5f, true, 0f),
    /** Participants and descriptions. */
    SMALL(8.5f, false, 0.25f),
    /** The closed-door mark. */
    MARK(8.5f, true, 0f),
    /** Day headings inside a table and notes between items. */
    GROUP(10.5f, true, 0f),
    NOTE(8.5f, false, 0.4f),
    HEADING(15f, true, 0f),
    SUBHEADING(10f, false, 0.2f),
    COLUMN(8.5f, true, 0.3f);

    private final float size;
    private final boolean bold;
    private final float grey;

    Style(float size, boolean bold, float grey) {
        this.size = size;
        this.bold = bold;
        this.grey = grey;
    }

    public float size() {
        return size;
    }

    public boolean bold() {
        return bold;
    }

    /** 0 is black, 1 white. */
    public float grey() {
        return grey;
    }
}
