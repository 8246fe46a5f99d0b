package org.summitplanner.schedule;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What one check reports about one subject.
 *
 * @param subject what the finding is about, stable while the facts change ("attendee:5 item:3 item:9"):
 *                an acknowledgement is stored against it
 * @param nations codes of the nations involved, sorted
 * @param attendeeIds ids of the attendees involved, sorted
 * @param itemIds ids of the agenda items involved, sorted
 * @param roomIds ids of the rooms involved, sorted
 * @param arguments the values the message is written from (names, titles, times as text; counts as numbers)
 * @param fingerprint a hash of the facts behind the finding (the items' times and rooms, the people, the
 *                    standing): an acknowledgement holds only while it is the same
 */
public record Finding(Rule rule, String subject, List<String> nations, List<Long> attendeeIds, List<Long> itemIds,
                      List<Long> roomIds, List<Object> arguments, String fingerprint) {

    /** Rule first, then subject: the order in which the checks list their findings. */
    public static final Comparator<Finding> ORDER = (x, y) -> {
        int c = Integer.compare(x.rule.ordinal(), y.rule.ordinal());
        return c != 0 ? c : x.subject.compareTo(y.subject);
    };

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(fingerprint, "fingerprint");
        nations = List.copyOf(nations);
        attendeeIds = List.copyOf(attendeeIds);
        itemIds = List.copyOf(itemIds);
        roomIds = List.copyOf(roomIds);
        arguments = List.copyOf(arguments);
    }

    public Severity severity() {
        return rule.severity();
    }

    /** The message in the given language (English unless French). */
    public String message(Locale locale) {
        return ScheduleTexts.of(locale).message(this);
    }
}
