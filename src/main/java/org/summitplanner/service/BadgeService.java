package org.summitplanner.service;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.Participation;
import org.summitplanner.model.ParticipationStatus;
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

    /**
     * A delegation with attendees whose nation has not accepted (not invited, no answer yet, declined): their
     * cards print unless the user leaves them out.
     */
    public record Outsider(String nation, ParticipationStatus status, int people) {
    }

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
        return cards(summitId, locale, false);
    }

    /**
     * The attendees' cards, delegations in order of precedence, in the language.
     *
     * @param takingPartOnly leave out the people of delegations that have not accepted
     */
    public List<Card> cards(long summitId, Locale locale, boolean takingPartOnly) {
        SummitContent content = seating.content(summitId);
        return Cards.of(people(content, takingPartOnly), scheme(summitId), PrintTexts.of(locale, summits.nations()));
    }

    /** The delegations whose people have cards although their nation has not accepted, in order of precedence. */
    public List<Outsider> outsiders(long summitId) {
        SummitContent content = seating.content(summitId);
        Map<String, ParticipationStatus> statuses = statuses(content);
        Map<String, Integer> people = new LinkedHashMap<>();
        for (Attendee a : seating.everyoneInOrder(content)) {
            if (!statuses.getOrDefault(a.nation(), ParticipationStatus.NOT_INVITED).accepted()) {
                people.merge(a.nation(), 1, Integer::sum);
            }
        }
        List<Outsider> out = new ArrayList<>();
        people.forEach((nation, n) -> out.add(new Outsider(nation,
                statuses.getOrDefault(nation, ParticipationStatus.NOT_INVITED), n)));
        return List.copyOf(out);
    }

    private List<Attendee> people(SummitContent content, boolean takingPartOnly) {
        List<Attendee> everyone = seating.everyoneInOrder(content);
        if (!takingPartOnly) {
            return everyone;
        }
        Map<String, ParticipationStatus> statuses = statuses(content);
        return everyone.stream()
                .filter(a -> statuses.getOrDefault(a.nation(), ParticipationStatus.NOT_INVITED).accepted()).toList();
    }

    private static Map<String, ParticipationStatus> statuses(SummitContent content) {
        Map<String, ParticipationStatus> statuses = new HashMap<>();
        for (Participation p : content.participations()) {
            statuses.put(p.nation(), p.status());
        }
        return statuses;
    }

    /** Writes badges or tent cards of every attendee as PDF; returns the number of sheets. */
    public int pdf(long summitId, Kind kind, Paper paper, Locale locale, OutputStream out, PrintProgress progress)
            throws IOException {
        return pdf(summitId, kind, paper, locale, false, out, progress);
    }

    /**
     * Writes badges or tent cards as PDF; returns the number of sheets.
     *
     * @param takingPartOnly leave out the people of delegations that have not accepted
     */
    public int pdf(long summitId, Kind kind, Paper paper, Locale locale, boolean takingPartOnly, OutputStream out,
                   PrintProgress progress) throws IOException {
        SummitContent content = seating.content(summitId);
        PrintTexts texts = PrintTexts.of(locale, summits.nations());
        List<Card> cards = Cards.of(people(content, takingPartOnly), scheme(summitId), texts);
        String name = content.summit().nameIn(locale);
        return kind == Kind.BADGES ? new BadgeSheets().write(name, cards, paper, texts, out, progress)
                : new TentCards().write(name, cards, paper, texts, out, progress);
    }
}
