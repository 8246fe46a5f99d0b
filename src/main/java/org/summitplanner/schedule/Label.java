package org.summitplanner.schedule;

import java.time.ZoneId;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.Attendee;

/**
 * A person's or an item's label among a finding's arguments ("Ms Ana Novak (SI)", "“Opening” (09:00–10:00)"),
 * written from the (immutable) record when it is first read: a check writes thousands of findings, and
 * the window shows the messages of only the rows on screen. It reads as its text everywhere a message is
 * written ({@link java.text.MessageFormat} takes its {@link #toString}), and two labels are equal when
 * their texts are.
 */
final class Label {

    private final Attendee person;
    private final AgendaItem item;
    private final ZoneId zone;
    private final boolean oneDay;
    /** The item's position in the full check's index, or -1. */
    private final int position;
    /** Written once on first use; a String is safe to publish by a racy write. */
    private String text;

    Label(Attendee person, AgendaItem item, ZoneId zone, boolean oneDay) {
        this(person, item, zone, oneDay, -1);
    }

    Label(Attendee person, AgendaItem item, ZoneId zone, boolean oneDay, int position) {
        this.person = person;
        this.item = item;
        this.zone = zone;
        this.oneDay = oneDay;
        this.position = position;
    }

    /** The labelled item's position in the index of the full check that made the label, or -1. */
    int position() {
        return position;
    }

    /** The person labelled, or null. */
    Attendee person() {
        return person;
    }

    /** The item labelled, or null. */
    AgendaItem item() {
        return item;
    }

    /**
     * The text in a language: an item's French title in French, when it has one (the times as in
     * {@link #toString}); otherwise {@link #toString}. For showing only: the finding's arguments stay as made.
     */
    String textIn(java.util.Locale locale) {
        if (item == null || item.titleFr() == null || !"fr".equals(locale.getLanguage())) {
            return toString();
        }
        return SummitFacts.itemLabel(item, item.titleFr(), zone, oneDay);
    }

    @Override
    public String toString() {
        String t = text;
        if (t == null) {
            t = person != null ? SummitFacts.personLabel(person) : SummitFacts.itemLabel(item, zone, oneDay);
            text = t;
        }
        return t;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Label other && toString().equals(other.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
