package org.summitplanner.printing;

import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Objects;

/**
 * How a document comes out: paper, orientation, language, the optional classification line
 * (for example CONFIDENTIAL) printed on top and bottom of every page, and the time of printing
 * shown in the footer (given, not read from a clock, so that tests and reprints are exact).
 */
public record PrintSettings(Paper paper, Orientation orientation, Locale locale, String classification,
                            ZonedDateTime printedAt) {

    public PrintSettings {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(orientation, "orientation");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(printedAt, "printedAt");
        classification = classification == null || classification.isBlank() ? null : classification.strip();
    }

    public static PrintSettings defaults(Locale locale, ZonedDateTime printedAt) {
        return new PrintSettings(Paper.A4, Orientation.PORTRAIT, locale, null, printedAt);
    }

    public PrintSettings withOrientation(Orientation newOrientation) {
        return new PrintSettings(paper, newOrientation, locale, classification, printedAt);
    }
}
