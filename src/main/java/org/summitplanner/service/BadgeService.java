package org.summitplanner.service;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.summitplanner.model.BadgeScheme;
import org.summitplanner.model.SummitContent;
import org.summitplanner.printing.BadgeSheets;
import org.summitplanner.printing.Card;
import org.summitplanner.printing.Cards;
import org.summitplanner.printing.Paper;
import org.summitplanner.printing.PrintProgress;
import org.summitplanner.printing.PrintTexts;
import org.summitplanner.printing.TentCards;
import org.summitplanner.store.BadgeStore;

/**
 * Badges and tent cards of a summit: its badge scheme (categories, zones, quotas) and the PDF sheets.
 * Blocking: callers run it off the FX thread.
 */
public final class BadgeService {

    /** Which cards to print. */
    public enum Kind { BADGES, TENT_CARDS }

    private final BadgeStore store;
    private final SeatingService seating;
    private final SummitService summits;

    public BadgeService(BadgeStore store, SeatingService seating, SummitService summits) {
        this.store = store;
        this.seating = seating;
        this.summits = summits;
    }

    public BadgeScheme scheme(long summitId) {
        return store.scheme(summitId);
    }

    /** Replaces the summit's badge scheme (one transaction). */
    public void saveScheme(long summitId, BadgeScheme scheme) {
        store.write(summitId, scheme);
    }

    /** Every attendee's card, delegations in order of precedence, in the language. */
    public List<Card> cards(long summitId, Locale locale) {
        SummitContent content = seating.content(summitId);
        return Cards.of(seating.everyoneInOrder(content), scheme(summitId),
                PrintTexts.of(locale, summits.nations()));
    }

    /** Writes badges or tent cards of every attendee as PDF; returns the number of sheets. */
    public int pdf(long summitId, Kind kind, Paper paper, Locale locale, OutputStream out, PrintProgress progress)
            throws IOException {
        SummitContent content = seating.content(summitId);
        PrintTexts texts = PrintTexts.of(locale, summits.nations());
        List<Card> cards = Cards.of(seating.everyoneInOrder(content), scheme(summitId), texts);
        String name = content.summit().name();
        return kind == Kind.BADGES ? new BadgeSheets().write(name, cards, paper, texts, out, progress)
                : new TentCards().write(name, cards, paper, texts, out, progress);
    }
}
