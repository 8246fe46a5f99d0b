package org.summitplanner.printing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.FormsOfAddress;
import org.summitplanner.model.BadgeScheme;
import org.summitplanner.printing.text.PdfText;

/** Badges and tent cards: who gets one, in which order, and what it says; shared drawing helpers. */
public final class Cards {

    /** Points in a millimetre. */
    static final float MM = 72f / 25.4f;

    private Cards() {
    }

    /** The name on a card or badge: the person with their form of address in the card's language. */
    public static String addressed(Attendee attendee, Locale locale) {
        return FormsOfAddress.addressed(attendee, locale);
    }

    /** One card per attendee, in the order given (the order of precedence: see SeatingService.everyoneInOrder). */
    public static List<Card> of(List<Attendee> inOrder, BadgeScheme scheme, PrintTexts texts) {
        Locale locale = texts.locale();
        List<Card> cards = new ArrayList<>(inOrder.size());
        for (Attendee a : inOrder) {
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
