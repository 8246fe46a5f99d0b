package org.summitplanner.ui.agenda;

/**
 * One entry of a choice box: a value (null for "all" or "none") and how it reads.
 *
 * @param label what the user sees
 */
public record Choice<T>(T value, String label) {

    @Override
    public String toString() {
        return label;
    }
}
