package org.summitplanner.service;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.MemberRule;
import org.summitplanner.model.Participation;
import org.summitplanner.model.PrecedenceOrder;
import org.summitplanner.model.SeatingLayout;
import org.summitplanner.model.SeatingPlan;
import org.summitplanner.model.SummitContent;
import org.summitplanner.printing.Paper;
import org.summitplanner.printing.PrintTexts;
import org.summitplanner.printing.SeatingSheet;
import org.summitplanner.seating.SeatingChecks;
import org.summitplanner.seating.SeatingPlanner;
import org.summitplanner.seating.SeatingProblem;
import org.summitplanner.store.SeatingStore;

/**
 * Seating plans of agenda items: made from the order of precedence, stored, checked. Also the one
 * place that says in which order delegations and their members come (cards, badges, plans).
 * Blocking: callers run it off the FX thread.
 */
public final class SeatingService {

    private final SeatingStore store;
    private final SummitService summits;
    private final SummitMemory memory;
    private final PrecedenceService precedence;

    public SeatingService(SeatingStore store, SummitService summits, SummitMemory memory, PrecedenceService precedence) {
        this.store = store;
        this.summits = summits;
        this.memory = memory;
        this.precedence = precedence;
    }

    /** The summit as it is now (from memory, kept current by row versions). */
    public SummitContent content(long summitId) {
        return memory.content(summitId);
    }

    /**
     * The delegations in order of precedence: every nation with a standing at the summit or with
     * attendees, by English short name. The protocol work's PrecedenceService replaces this order.
     */
    public List<String> delegationOrder(long summitId) {
        return delegationOrder(content(summitId));
    }

    public List<String> delegationOrder(SummitContent content) {
        Set<String> codes = new LinkedHashSet<>();
        content.participations().stream().map(Participation::nation).forEach(codes::add);
        content.attendees().stream().map(Attendee::nation).forEach(codes::add);
        return precedence.delegationOrder(precedence.precedence(content.summit().id()), codes);
    }

    /** Each delegation's people in the summit's order within delegations (PrecedenceService's rule). */
    public Map<String, List<Attendee>> membersInOrder(SummitContent content) {
        MemberRule rule = precedence.precedence(content.summit().id()).members();
        Map<String, List<Attendee>> out = new LinkedHashMap<>();
        PrecedenceOrder.everyone(content.attendees(), List.of(), rule)
                .forEach(a -> out.computeIfAbsent(a.nation(), k -> new ArrayList<>()).add(a));
        return out;
    }

    /** Everyone, delegation by delegation in order of precedence, each delegation in its order. */
    public List<Attendee> everyoneInOrder(SummitContent content) {
        MemberRule rule = precedence.precedence(content.summit().id()).members();
        return PrecedenceOrder.everyone(content.attendees(), delegationOrder(content), rule);
    }

    /** The item's stored plan, if it has one. */
    public Optional<SeatingPlan> plan(long itemId) {
        return store.plan(itemId);
    }

    /** A new plan for the item in the layout, from the order of precedence (not stored). */
    public SeatingPlan generate(long summitId, long itemId, SeatingLayout layout) {
        SummitContent content = content(summitId);
        AgendaItem item = item(content, itemId);
        return SeatingPlanner.plan(content, item, layout, delegationOrder(content), membersInOrder(content));
    }

    /**
     * Stores the plan as the item's (replacing its seats); returns it with its id and new version.
     *
     * @throws org.summitplanner.errors.StaleDataException when someone else changed it since it was read
     */
    public SeatingPlan save(long summitId, SeatingPlan plan) {
        return store.save(summitId, plan);
    }

    public void delete(SeatingPlan plan) {
        store.delete(plan);
    }

    public List<SeatingProblem> check(long summitId, SeatingPlan plan) {
        SummitContent content = content(summitId);
        return SeatingChecks.check(content, item(content, plan.agendaItemId()), plan);
    }

    /**
     * The item named by its key or id in the summit.
     *
     * @throws IllegalArgumentException naming what is not there
     */
    public AgendaItem findItem(long summitId, String keyOrId) {
        SummitContent content = content(summitId);
        for (AgendaItem item : content.agenda()) {
            if (keyOrId.equals(item.key()) || keyOrId.equals(Long.toString(item.id()))) {
                return item;
            }
        }
        throw new IllegalArgumentException("The summit has no agenda item \"" + keyOrId + "\" (give its key or id)."
                + itemChoices(content));
    }

    /** " The agenda items are: plenary-1 (Opening plenary), #12 (Lunch), …": for a message asking for one. */
    public String itemChoices(long summitId) {
        return itemChoices(content(summitId));
    }

    private static String itemChoices(SummitContent content) {
        return org.summitplanner.printing.Printouts.listed("agenda items", content.agenda().stream()
                .sorted(java.util.Comparator.comparing((AgendaItem i) -> i.time().start()))
                .map(i -> (i.key() == null ? "#" + i.id() : i.key()) + " (" + i.title() + ")").toList());
    }

    /** Writes the plan as a one-page PDF with the plan drawn. */
    public void pdf(long summitId, SeatingPlan plan, Paper paper, Locale locale, OutputStream out) throws IOException {
        SummitContent content = content(summitId);
        new SeatingSheet().write(content, item(content, plan.agendaItemId()), plan, paper,
                PrintTexts.of(locale, summits.nations()), out);
    }

    /** The item with the id; IllegalArgumentException naming it when the summit has none. */
    public static AgendaItem item(SummitContent content, long itemId) {
        return content.agenda().stream().filter(i -> i.id() == itemId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The summit has no agenda item " + itemId + "."));
    }
}
