package org.summitplanner.printing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.BadgeScheme;
import org.summitplanner.printing.text.PdfText;

/** Badges and tent cards: who gets one, in which order, and what it says; shared drawing helpers. */
public final class Cards {

    /** Points in a millimetre. */
    static final float MM = 72f / 25.4f;

    private Cards() {
    }

    /**
     * The name on a card or badge. The one place that says how a person is addressed in print; the
     * forms of address of the protocol work replace it ("S.E. M." in French).
     */
    public static String addressed(Attendee attendee, Locale locale) {
        return attendee.displayName();
    }

    /**
     * One card per attendee, delegations in the given order (nations not in it after, by code), within
     * a delegation the head first, then by role, then as entered.
     */
    public static List<Card> of(List<Attendee> attendees, List<String> delegationOrder, BadgeScheme scheme,
                                PrintTexts texts) {
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < delegationOrder.size(); i++) {
            rank.putIfAbsent(delegationOrder.get(i), i);
        }
        List<Attendee> sorted = new ArrayList<>(attendees);
        sorted.sort(Comparator.<Attendee>comparingInt(a -> rank.getOrDefault(a.nation(), Integer.MAX_VALUE))
                .thenComparing(Attendee::nation)
                .thenComparing(a -> !a.headOfDelegation())
                .thenComparing(Attendee::role)
                .thenComparingLong(Attendee::id));
        Locale locale = texts.locale();
        List<Card> cards = new ArrayList<>(sorted.size());
        for (Attendee a : sorted) {
            String position = a.positionIn(locale);
            String role = position != null && !position.isBlank() ? position : texts.text("role." + a.role().name());
            cards.add(new Card(a.key() != null ? a.key() : Long.toString(a.id()), addressed(a, locale), a.nation(),
                    texts.nation(a.nation()), role, scheme.categoryOf(a), scheme.zoneOf(a)));
        }
        return cards;
    }

    /** The largest size from {@code max} down to {@code min} at which the text fits the width (min if none). */
    static float fit(PdfText text, String s, float max, float min, float width) {
        float size = max;
        while (size > min && text.width(s, size) > width) {
            size -= 0.5f;
        }
        return size;
    }

    /** Text centred on x. */
    static void centred(PdfText.Page page, PdfText text, String s, float size, float x, float baseline, boolean bold)
            throws IOException {
        page.text(s, size, x - text.width(s, size) / 2, baseline, bold, 0f);
    }
}
