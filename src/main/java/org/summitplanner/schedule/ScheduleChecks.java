package org.summitplanner.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.Participation;
import org.summitplanner.model.ParticipationStatus;
import org.summitplanner.model.Role;
import org.summitplanner.model.Room;
import org.summitplanner.model.SummitContent;

/**
 * The scheduling checks of issue 4 over one summit. Pure: a summit in, its findings out, sorted by
 * rule and subject. Indexed rather than all-pairs: each person's and each room's items are sorted by
 * start and swept once, so the work grows with the items per person and per room, not with the
 * square of the agenda.
 */
public final class ScheduleChecks {

    /** The time needed to go from a room in one building to a room in another, unless the summit says. */
    public static final Duration DEFAULT_TRANSFER_TIME = Duration.ofMinutes(30);

    public List<Finding> check(SummitContent content) {
        return check(content, DEFAULT_TRANSFER_TIME);
    }

    /** @param transferTime the time between items in different buildings below which a person is warned */
    public List<Finding> check(SummitContent content, Duration transferTime) {
        SummitFacts facts = new SummitFacts(content, transferTime);
        List<Finding> out = new ArrayList<>();
        Map<Long, List<AgendaItem>> byAttendee = new HashMap<>();
        Map<Long, List<AgendaItem>> byRoom = new HashMap<>();
        // where each nation appears: listed as a whole or through a named member
        Map<String, Set<Long>> appearances = new HashMap<>();
        for (AgendaItem item : content.agenda()) {
            for (long id : item.attendeeIds()) {
                Attendee a = facts.attendee(id);
                if (a != null) {
                    byAttendee.computeIfAbsent(id, k -> new ArrayList<>()).add(item);
                    appearances.computeIfAbsent(a.nation(), k -> new TreeSet<>()).add(item.id());
                }
            }
            for (String nation : item.nations()) {
                appearances.computeIfAbsent(nation, k -> new TreeSet<>()).add(item.id());
            }
            Room room = facts.room(item.roomId());
            if (room != null) {
                byRoom.computeIfAbsent(room.id(), k -> new ArrayList<>()).add(item);
                overCapacity(facts, item, room, out);
            }
            if (item.time().start().isBefore(facts.firstInstant) || item.time().end().isAfter(facts.endInstant)) {
                out.add(facts.outsideSummitDays(item));
            }
        }
        byAttendee.forEach((id, items) -> person(facts, facts.attendee(id), items, out));
        byRoom.forEach((id, items) -> {
            Room room = facts.room(id);
            items.sort(SummitFacts.BY_START);
            overlapping(items, (x, y) -> out.add(facts.roomDoubleBooked(room, x, y)));
        });
        nations(facts, appearances, out);
        out.sort(Finding.ORDER);
        return out;
    }

    /** Seats needed = the named attendees + the members of each whole delegation who are not named. */
    private static void overCapacity(SummitFacts facts, AgendaItem item, Room room, List<Finding> out) {
        int seats = item.attendeeIds().size();
        if (!item.nations().isEmpty()) {
            Map<String, Integer> namedByNation = new HashMap<>();
            for (long id : item.attendeeIds()) {
                Attendee a = facts.attendee(id);
                if (a != null) {
                    namedByNation.merge(a.nation(), 1, Integer::sum);
                }
            }
            for (String nation : item.nations()) {
                seats += facts.delegationSize(nation) - namedByNation.getOrDefault(nation, 0);
            }
        }
        if (seats > room.capacity()) {
            out.add(facts.roomOverCapacity(item, room, seats));
        }
    }

    private static void person(SummitFacts facts, Attendee a, List<AgendaItem> items, List<Finding> out) {
        items.sort(SummitFacts.BY_START);
        overlapping(items, (x, y) -> out.add(facts.attendeeDoubleBooked(a, x, y)));
        for (AgendaItem item : items) {
            if (a.arrivesAt() != null && a.arrivesAt().isAfter(item.time().start())
                    || a.departsAt() != null && a.departsAt().isBefore(item.time().end())) {
                out.add(facts.notPresent(a, item));
            }
            if (a.role() == Role.PRESS && item.closed()) {
                out.add(facts.closedSessionPress(a, item));
            }
        }
        if (items.size() > 1 && !facts.transferTime.isZero()) {
            travel(facts, a, items, out);
        }
    }

    /**
     * Calls back every overlapping pair of items sorted by start. Everything still open when an item
     * starts overlaps it; what ended by then can overlap nothing that starts later.
     */
    static void overlapping(List<AgendaItem> byStart, BiConsumer<AgendaItem, AgendaItem> pair) {
        List<AgendaItem> open = new ArrayList<>();
        for (AgendaItem item : byStart) {
            Instant start = item.time().start();
            open.removeIf(o -> !o.time().end().isAfter(start));
            for (AgendaItem o : open) {
                pair.accept(o, item);
            }
            open.add(item);
        }
    }

    /**
     * Item {@code a} then {@code b} are consecutive for a person when {@code a} ends by the time {@code b}
     * starts and none of the person's items lies wholly between them: {@code a} ends after the latest
     * start S of the items that end by {@code b}'s start. Only those ending in the last transfer time
     * before {@code b} matter, so each {@code b} looks at a few items found by binary search.
     */
    private static void travel(SummitFacts facts, Attendee a, List<AgendaItem> items, List<Finding> out) {
        AgendaItem[] byEnd = items.toArray(AgendaItem[]::new);
        Arrays.sort(byEnd, Comparator.comparing((AgendaItem i) -> i.time().end()).thenComparing(SummitFacts.BY_START));
        Instant[] ends = new Instant[byEnd.length];
        Instant[] latestStart = new Instant[byEnd.length];
        for (int i = 0; i < byEnd.length; i++) {
            ends[i] = byEnd[i].time().end();
            Instant start = byEnd[i].time().start();
            latestStart[i] = i == 0 || start.isAfter(latestStart[i - 1]) ? start : latestStart[i - 1];
        }
        for (AgendaItem b : items) {
            Room to = facts.room(b.roomId());
            if (to == null || to.building() == null) {
                continue;
            }
            Instant start = b.time().start();
            int last = lastEndingBy(ends, start);
            if (last < 0) {
                continue;
            }
            Instant windowStart = start.minus(facts.transferTime);
            Instant after = latestStart[last].isAfter(windowStart) ? latestStart[last] : windowStart;
            for (int i = last; i >= 0 && ends[i].isAfter(after); i--) {
                Room from = facts.room(byEnd[i].roomId());
                if (from != null && from.building() != null && !from.building().equals(to.building())) {
                    out.add(facts.tooLittleTravelTime(a, byEnd[i], b));
                }
            }
        }
    }

    /** Index of the last end at or before {@code t}, or -1. */
    private static int lastEndingBy(Instant[] ends, Instant t) {
        int lo = 0;
        int hi = ends.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid].isAfter(t)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo - 1;
    }

    private static void nations(SummitFacts facts, Map<String, Set<Long>> appearances, List<Finding> out) {
        Map<String, Set<Long>> involved = new TreeMap<>(appearances);
        facts.delegations().keySet().forEach(n -> involved.putIfAbsent(n, Set.of()));
        involved.forEach((nation, items) -> {
            Rule rule = switch (facts.status(nation)) {
                case NOT_INVITED -> Rule.UNINVITED_DELEGATION;
                case DECLINED -> Rule.DECLINED_DELEGATION;
                case INVITED -> Rule.INVITATION_UNANSWERED;
                case CONFIRMED, OBSERVER -> null;
            };
            if (rule != null) {
                out.add(facts.delegation(rule, nation, items));
            }
        });
        facts.delegations().forEach((nation, members) -> {
            if (members.stream().noneMatch(Attendee::headOfDelegation)) {
                out.add(facts.withoutHead(nation));
            }
        });
        for (Participation p : facts.content.participations()) {
            if (p.status() == ParticipationStatus.CONFIRMED && facts.delegationSize(p.nation()) == 0) {
                out.add(facts.confirmedWithoutDelegation(p.nation()));
            }
        }
    }
}
