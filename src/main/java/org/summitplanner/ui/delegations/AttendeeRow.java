package org.summitplanner.ui.delegations;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.summitplanner.model.Attendee;

/**
 * An attendee as the tables show it, with what the filters compare prepared once per load (the
 * UN-scale summit has thousands of rows and a filter runs on every keystroke).
 *
 * @param nationName the nation's name in the UI language
 * @param foldedName honorific, given and family name, lower case without accents ("glavas" finds Glavaš)
 * @param foldedEmail the email in lower case
 */
public record AttendeeRow(Attendee attendee, String nationName, String foldedName, String foldedEmail) {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    static AttendeeRow of(Attendee attendee, String nationName) {
        return new AttendeeRow(attendee, nationName, fold(attendee.displayName()),
                attendee.email() == null ? "" : attendee.email().toLowerCase(Locale.ROOT));
    }

    /** Lower case without accents, for matching what people type against names. */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    public long id() {
        return attendee.id();
    }

    public String nation() {
        return attendee.nation();
    }
}
