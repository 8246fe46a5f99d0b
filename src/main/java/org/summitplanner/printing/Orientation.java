package org.summitplanner.printing;

/** Which way up the page is. */
public enum Orientation {
    PORTRAIT, LANDSCAPE
}
