package org.summitplanner.ui.agenda;

import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.MemberRule;
import org.summitplanner.model.Nation;
import org.summitplanner.model.Participation;
import org.summitplanner.model.ParticipationStatus;
import org.summitplanner.model.Precedence;
import org.summitplanner.model.PrecedenceOrder;
import org.summitplanner.service.AgendaService;
import org.summitplanner.service.AgendaService.ParticipantChoices;
import org.summitplanner.service.PrecedenceService;
import org.summitplanner.ui.common.Messages;

/**
 * Who takes part in an agenda item, picked from the summit's delegations (whole) and attendees
 * (named): a filter that matches as one types (accents and case ignored, every word must match),
 * the candidates with a check mark each, and the chosen ones in the order they were picked.
 */
public final class ParticipantPicker {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** A delegation or an attendee that can be picked. */
    public static final class Candidate {
        private final String nation;
        private final long attendeeId;
        private final String label;
        private final String chip;
        private final String search;
        private final BooleanProperty chosen = new SimpleBooleanProperty(this, "chosen");

        private Candidate(String nation, long attendeeId, String label, String chip, String search) {
            this.nation = nation;
            this.attendeeId = attendeeId;
            this.label = label;
            this.chip = chip;
            this.search = search;
        }

        /** A whole delegation (rather than one person). */
        public boolean isDelegation() {
            return attendeeId == 0;
        }

        public String nation() {
            return nation;
        }

        public long attendeeId() {
            return attendeeId;
        }

        /** How it reads in the candidate list. */
        public String label() {
            return label;
        }

        /** How it reads among the chosen ones. */
        public String chip() {
            return chip;
        }

        public BooleanProperty chosenProperty() {
            return chosen;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final ResourceBundle messages;
    private final Map<String, Nation> nations = new HashMap<>();
    private final ObservableList<Candidate> candidates = FXCollections.observableArrayList();
    private final FilteredList<Candidate> matches = new FilteredList<>(candidates);
    private final ObservableList<Candidate> chosen = FXCollections.observableArrayList();
    /** Read-only view kept as a field: a wrapper listens weakly, so one made per call can lose its listeners. */
    private final ObservableList<Candidate> chosenView = FXCollections.unmodifiableObservableList(chosen);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count");
    private final List<Candidate> extras = new ArrayList<>();
    private Map<String, List<Long>> membersByNation = Map.of();
    private final Runnable changed;
    private boolean loading;

    /**
     * @param changed called when the user picks or drops someone (not when the picker is filled)
     */
    public ParticipantPicker(List<Nation> allNations, ResourceBundle messages, Runnable changed) {
        this.messages = messages;
        this.changed = changed;
        allNations.forEach(n -> nations.put(n.code(), n));
        matches.predicateProperty().bind(Bindings.createObjectBinding(() -> matcher(filter.get()), filter));
    }

    /** Accent- and case-blind form of a text, for matching "glavas" to "Glavaš". */
    static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static Predicate<Candidate> matcher(String text) {
        String[] words = text == null ? new String[0] : fold(text).strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return c -> true;
        }
        return c -> {
            for (String word : words) {
                if (!c.search.contains(word)) {
                    return false;
                }
            }
            return true;
        };
    }

    String nationName(String code) {
        Nation n = nations.get(code);
        return n == null ? code : n.name(messages.getLocale());
    }

    /** Who can be picked, built off the FX thread by {@link #prepare}: sorting and folding 5,000 names takes a while. */
    public static final class Prepared {
        private final List<Candidate> candidates;
        private final Map<String, List<Long>> membersByNation;
        private final Order order;

        private Prepared(List<Candidate> candidates, Map<String, List<Long>> membersByNation, Order order) {
            this.candidates = candidates;
            this.membersByNation = membersByNation;
            this.order = order;
        }

        /** The order of precedence the candidates are in; null when alphabetical. */
        public Order order() {
            return order;
        }
    }

    /** The summit's order of precedence as the picker sorts by it: delegations in order, people by the rule. */
    public record Order(List<String> delegations, MemberRule members) {

        /** Reads the summit's order over the choices' delegations; blocking, call it off the FX thread. */
        public static Order of(PrecedenceService precedence, long summitId, ParticipantChoices choices) {
            Precedence p = precedence.precedence(summitId);
            Set<String> codes = new LinkedHashSet<>();
            choices.delegations().forEach(x -> codes.add(x.nation()));
            choices.attendees().forEach(a -> codes.add(a.nation()));
            return new Order(precedence.delegationOrder(p, codes), p.members());
        }
    }

    /** Builds the candidates for {@code choices}, delegations alphabetical; safe to call off the FX thread. */
    public Prepared prepare(ParticipantChoices choices) {
        return prepare(choices, null);
    }

    /** Builds the candidates for {@code choices} in the order of precedence (alphabetical when null); off the FX thread. */
    public Prepared prepare(ParticipantChoices choices, Order order) {
        Map<String, List<Long>> members = choices.membersByNation();
        Collator collator = Collator.getInstance(messages.getLocale());
        Map<String, Integer> place = new HashMap<>();
        if (order != null) {
            for (int i = 0; i < order.delegations().size(); i++) {
                place.putIfAbsent(order.delegations().get(i), i);
            }
        }
        Comparator<String> nationOrder = Comparator.comparing((String code) -> place.getOrDefault(code, Integer.MAX_VALUE))
                .thenComparing(this::nationName, collator);
        // each nation's place in that order, found once: comparing 5,000 people's nations through the
        // collator took most of the time (the sorts below give the same order, as they are stable)
        Comparator<String> byNation = Comparator.comparingInt(ranks(choices, nationOrder)::get);
        List<Candidate> all = new ArrayList<>();
        choices.delegations().stream()
                .sorted(Comparator.comparing(Participation::nation, byNation))
                .forEach(p -> all.add(delegation(p.nation(), p.status(), members)));
        Comparator<Attendee> within = order != null ? PrecedenceOrder.within(order.members())
                : Comparator.comparing((Attendee a) -> !a.headOfDelegation())
                        .thenComparing(Attendee::familyName, collator).thenComparing(Attendee::givenName, collator);
        choices.attendees().stream()
                .sorted(Comparator.comparing(Attendee::nation, byNation).thenComparing(within))
                .forEach(a -> all.add(attendee(a)));
        all.forEach(c -> c.chosen.addListener((obs, old, now) -> chosenChanged(c, now)));
        return new Prepared(all, members, order);
    }

    /**
     * The place of each nation of the choices in {@code order}: nations the order finds equal share a place,
     * so that sorting by place orders as sorting by {@code order} does.
     */
    private static Map<String, Integer> ranks(ParticipantChoices choices, Comparator<String> order) {
        Set<String> codes = new HashSet<>();
        choices.delegations().forEach(p -> codes.add(p.nation()));
        choices.attendees().forEach(a -> codes.add(a.nation()));
        List<String> sorted = new ArrayList<>(codes);
        sorted.sort(order);
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            boolean tie = i > 0 && order.compare(sorted.get(i - 1), sorted.get(i)) == 0;
            rank.put(sorted.get(i), tie ? rank.get(sorted.get(i - 1)) : i);
        }
        return rank;
    }

    /** Replaces who can be picked, keeping who is chosen. */
    public void setChoices(Prepared prepared) {
        List<Long> keepAttendees = attendeeIds();
        List<String> keepNations = nations();
        membersByNation = prepared.membersByNation;
        extras.clear();
        candidates.setAll(prepared.candidates);
        setChosen(keepAttendees, keepNations);
    }

    private Candidate delegation(String code, ParticipationStatus status, Map<String, List<Long>> membersOf) {
        int members = membersOf.getOrDefault(code, List.of()).size();
        String standing = status == null ? messages.getString("agenda.picker.noParticipation")
                : status == ParticipationStatus.CONFIRMED ? "" : messages.getString("agenda.standing." + status.name());
        String label = Messages.format(messages, "agenda.picker.delegation", nationName(code), members)
                + (standing.isEmpty() ? "" : " · " + standing);
        Nation n = nations.get(code);
        String search = fold(label + " " + code + (n == null ? "" : " " + n.nameEn() + " " + n.nameFr()));
        return new Candidate(code, 0, label, Messages.format(messages, "agenda.picker.delegationChip",
                nationName(code)), search);
    }

    private Candidate attendee(Attendee a) {
        String position = a.position() == null || a.position().isBlank() ? "" : ", " + a.position();
        String label = a.displayName() + " — " + nationName(a.nation()) + position;
        Nation n = nations.get(a.nation());
        String search = fold(label + " " + a.nation() + (a.key() == null ? "" : " " + a.key())
                + (n == null ? "" : " " + n.nameEn() + " " + n.nameFr()));
        return new Candidate(a.nation(), a.id(), label, a.displayName() + " (" + a.nation() + ")", search);
    }

    /** Shows who takes part in an item (the user has changed nothing yet). */
    public void setChosen(Collection<Long> attendeeIds, Collection<String> nationCodes) {
        if (showing(attendeeIds, nationCodes)) {
            // the same people (an item moved, or shown again after its save): setting thousands of check
            // marks to what they are costs a visible moment at UN scale on every save, undo and reload
            recount();
            return;
        }
        loading = true;
        try {
            Set<Long> people = new HashSet<>(attendeeIds);
            candidates.removeAll(extras);
            extras.clear();
            Set<String> whole = new LinkedHashSet<>(nationCodes);
            for (Candidate c : candidates) {
                whole.remove(c.isDelegation() ? c.nation : null);
            }
            // a delegation still on the agenda whose participation was removed since: show it, so it can be dropped
            for (String code : whole) {
                Candidate extra = delegation(code, null, membersByNation);
                extra.chosen.addListener((obs, old, now) -> chosenChanged(extra, now));
                extras.add(extra);
                candidates.add(0, extra);
            }
            chosen.clear();
            for (Candidate c : candidates) {
                boolean in = c.isDelegation() ? nationCodes.contains(c.nation) : people.contains(c.attendeeId);
                c.chosen.set(in);
                if (in) {
                    chosen.add(c);
                }
            }
            chosen.sort(Comparator.comparing(c -> !c.isDelegation()));
            recount();
        } finally {
            loading = false;
        }
    }

    /**
     * Whether the picker shows exactly what {@link #setChosen} would make of these: no delegation beyond the
     * candidates, and the chosen ones in the order it puts them (the candidates' order, delegations first).
     */
    private boolean showing(Collection<Long> attendeeIds, Collection<String> nationCodes) {
        if (!extras.isEmpty()) {
            return false;
        }
        Set<Long> people = new HashSet<>(attendeeIds);
        Set<String> nations = new HashSet<>(nationCodes);
        Set<String> whole = new HashSet<>(nationCodes);
        List<Candidate> would = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.isDelegation()) {
                whole.remove(c.nation);
            }
            if (c.isDelegation() ? nations.contains(c.nation) : people.contains(c.attendeeId)) {
                would.add(c);
            }
        }
        if (!whole.isEmpty() || would.size() != chosen.size()) {
            return false;
        }
        would.sort(Comparator.comparing(c -> !c.isDelegation()));
        for (int i = 0; i < would.size(); i++) {
            if (would.get(i) != chosen.get(i) || !would.get(i).chosen.get()) {
                return false;
            }
        }
        return true;
    }

    private void chosenChanged(Candidate c, boolean now) {
        if (loading) {
            return;
        }
        if (now && !chosen.contains(c)) {
            chosen.add(c);
        } else if (!now) {
            chosen.remove(c);
        }
        recount();
        changed.run();
    }

    private void recount() {
        count.set(AgendaService.participantCount(attendeeIds(), nations(), membersByNation));
    }

    /** Picks the first match not yet chosen (Enter in the filter) and clears the filter; false if none. */
    public boolean pickFirstMatch() {
        if (filter.get() == null || filter.get().isBlank()) {
            return false;
        }
        for (Candidate c : matches) {
            if (!c.chosen.get()) {
                c.chosen.set(true);
                filter.set("");
                return true;
            }
        }
        return false;
    }

    /** Flips the given candidates together (Space on several selected rows): all chosen unless all already were. */
    public void toggle(List<Candidate> some) {
        boolean choose = some.stream().anyMatch(c -> !c.chosen.get());
        some.forEach(c -> c.chosen.set(choose));
    }

    public void remove(Candidate c) {
        c.chosen.set(false);
    }

    /** The chosen attendees' ids, in the order they were picked. */
    public List<Long> attendeeIds() {
        return chosen.stream().filter(c -> !c.isDelegation()).map(c -> c.attendeeId).toList();
    }

    /** The codes of the chosen whole delegations, sorted. */
    public List<String> nations() {
        return chosen.stream().filter(Candidate::isDelegation).map(c -> c.nation).sorted().toList();
    }

    /** Candidates that match the filter. */
    public ObservableList<Candidate> matches() {
        return matches;
    }

    /** The chosen ones, whole delegations first. */
    public ObservableList<Candidate> chosen() {
        return chosenView;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** How many people take part: named ones and members of whole delegations, each once. */
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }
}
