package org.summitplanner.ui.delegations;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.DateTimeException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.summitplanner.model.Summit;

/** The rules an attendee's fields follow, without JavaFX, so that they read (and test) on their own. */
final class AttendeeChecks {

    /** How far before the first day or after the last day an arrival or departure may be. */
    static final int DAYS_AROUND = 7;

    // one @, something on each side, a dot in the domain, no spaces: what a typo usually breaks
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ().\\-/]{3,}");
    // 7:30, 07:30, 7h30, 7.30, 0730
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})\\s*[:h.]?\\s*(\\d{2})");

    private AttendeeChecks() {
    }

    static boolean isEmail(String text) {
        return EMAIL.matcher(text).matches();
    }

    static boolean isPhone(String text) {
        return PHONE.matcher(text).matches();
    }

    /** The time of day written in {@code text}, or null if it is not one. */
    static LocalTime parseTime(String text) {
        Matcher m = TIME.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The earliest instant an arrival or departure may have: midnight, a week before the first day. */
    static Instant earliest(Summit summit) {
        return summit.toInstant(firstAllowedDay(summit).atStartOfDay());
    }

    /** The first instant after the latest allowed: midnight ending the day a week after the last day. */
    static Instant latestExclusive(Summit summit) {
        return summit.toInstant(lastAllowedDay(summit).plusDays(1).atStartOfDay());
    }

    static LocalDate firstAllowedDay(Summit summit) {
        return summit.firstDay().minusDays(DAYS_AROUND);
    }

    static LocalDate lastAllowedDay(Summit summit) {
        return summit.lastDay().plusDays(DAYS_AROUND);
    }
}
