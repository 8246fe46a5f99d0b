package org.summitplanner.ui.printing;

/** A choice in a list: a value (null for "all") and the words shown for it. */
record Pick<T>(T value, String label) {

    @Override
    public String toString() {
        return label;
    }
}
