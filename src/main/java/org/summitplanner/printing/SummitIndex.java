package org.summitplanner.printing;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.MemberRule;
import org.summitplanner.model.PrecedenceOrder;
import org.summitplanner.model.Room;
import org.summitplanner.model.SummitContent;

/**
 * A summit's content indexed for printing: items in time order, by day, by room, by delegation
 * and by person. Built once per document, so a batch of 5,000 itineraries is one pass over the
 * agenda rather than one per person.
 */
public final class SummitIndex {

    private final SummitContent content;
    private final Map<Long, Room> rooms = new HashMap<>();
    private final Map<Long, Attendee> attendees = new HashMap<>();
    private final List<AgendaItem> agenda;
    private final Comparator<AgendaItem> order;
    private final Map<Long, List<AgendaItem>> byAttendee = new HashMap<>();
    private final Map<String, List<AgendaItem>> byNation = new HashMap<>();
    private final Map<String, Set<AgendaItem>> wholeDelegation = new HashMap<>();
    /** Each delegation's place in the order of precedence; empty when printing without one (alphabetical). */
    private final Map<String, Integer> delegationPlace = new HashMap<>();
    private final MemberRule memberRule;

    /** A summit printed without an order of precedence: delegations alphabetical, heads first. */
    public SummitIndex(SummitContent content) {
        this(content, List.of(), null);
    }

    /**
     * A summit printed in its order of precedence.
     *
     * @param delegationOrder nation codes in precedence order (delegations not in it come after, alphabetically)
     * @param memberRule the order within each delegation; null for heads first, then by name
     */
    public SummitIndex(SummitContent content, List<String> delegationOrder, MemberRule memberRule) {
        this.content = content;
        this.memberRule = memberRule;
        for (int i = 0; i < delegationOrder.size(); i++) {
            delegationPlace.putIfAbsent(delegationOrder.get(i), i);
        }
        content.rooms().forEach(r -> rooms.put(r.id(), r));
        content.attendees().forEach(a -> attendees.put(a.id(), a));
        this.order = Comparator.comparing((AgendaItem i) -> i.time().start())
                .thenComparing(i -> i.time().end())
                .thenComparing(i -> i.roomId() == null || rooms.get(i.roomId()) == null ? "" : rooms.get(i.roomId()).name())
                .thenComparing(AgendaItem::title)
                .thenComparingLong(AgendaItem::id);
        this.agenda = content.agenda().stream().sorted(order).toList();
        for (AgendaItem item : agenda) {
            Set<String> nations = new LinkedHashSet<>(item.nations());
            for (String code : item.nations()) {
                wholeDelegation.computeIfAbsent(code, c -> new LinkedHashSet<>()).add(item);
            }
            for (Long id : item.attendeeIds()) {
                byAttendee.computeIfAbsent(id, x -> new ArrayList<>()).add(item);
                Attendee a = attendees.get(id);
                if (a != null) {
                    nations.add(a.nation());
                }
            }
            for (String code : nations) {
                byNation.computeIfAbsent(code, c -> new ArrayList<>()).add(item);
            }
        }
    }

    public SummitContent content() {
        return content;
    }

    public List<AgendaItem> agenda() {
        return agenda;
    }

    public Room room(Long id) {
        return id == null ? null : rooms.get(id);
    }

    public Attendee attendee(long id) {
        return attendees.get(id);
    }

    public LocalDate day(AgendaItem item) {
        return content.summit().toLocal(item.time().start()).toLocalDate();
    }

    /** The summit's days, and any day an item falls on outside them. */
    public List<LocalDate> days() {
        Set<LocalDate> days = new TreeSet<>(content.summit().firstDay().datesUntil(content.summit().lastDay().plusDays(1)).toList());
        agenda.forEach(i -> days.add(day(i)));
        return List.copyOf(days);
    }

    /** Everything a delegation takes part in, as a whole or through any of its members, in time order. */
    public List<AgendaItem> itemsOfNation(String code) {
        return byNation.getOrDefault(code, List.of());
    }

    public boolean wholeDelegation(AgendaItem item, String code) {
        return wholeDelegation.getOrDefault(code, Set.of()).contains(item);
    }

    /** Everything a person takes part in, by name or with their whole delegation, in time order. */
    public List<AgendaItem> itemsOfAttendee(Attendee attendee) {
        List<AgendaItem> named = byAttendee.getOrDefault(attendee.id(), List.of());
        Set<AgendaItem> whole = wholeDelegation.getOrDefault(attendee.nation(), Set.of());
        if (whole.isEmpty()) {
            return named;
        }
        Set<AgendaItem> both = new LinkedHashSet<>(named);
        both.addAll(whole);
        List<AgendaItem> all = new ArrayList<>(both);
        all.sort(order);
        return all;
    }

    /**
     * Nation codes in the order of precedence; those it does not place (or all, without one) by
     * {@code fallback}.
     */
    public Comparator<String> delegationOrder(Comparator<String> fallback) {
        return Comparator.comparing((String code) -> delegationPlace.getOrDefault(code, Integer.MAX_VALUE))
                .thenComparing(fallback);
    }

    /** People delegation by delegation in the order of precedence, each delegation in its order. */
    public Comparator<Attendee> personOrder(Comparator<String> fallback) {
        Comparator<Attendee> within = memberRule != null ? PrecedenceOrder.within(memberRule)
                : Comparator.comparing((Attendee a) -> !a.headOfDelegation()).thenComparing(Attendee::familyName)
                        .thenComparing(Attendee::givenName).thenComparingLong(Attendee::id);
        return Comparator.comparing(Attendee::nation, delegationOrder(fallback)).thenComparing(within);
    }

    /** The members of a delegation: in the order of precedence, or without one head first, then by family and given name. */
    public List<Attendee> members(String code, Collator collator) {
        if (memberRule != null) {
            return PrecedenceOrder.members(content.attendees().stream().filter(a -> a.nation().equals(code)).toList(),
                    memberRule);
        }
        return content.attendees().stream().filter(a -> a.nation().equals(code))
                .sorted(Comparator.comparing((Attendee a) -> !a.headOfDelegation())
                        .thenComparing(Attendee::familyName, collator).thenComparing(Attendee::givenName, collator))
                .toList();
    }
}
