package org.summitplanner.schedule;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.Attendee;
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
        AgendaIndex index = new AgendaIndex(content.agenda(), content.attendees(), content.rooms());
        FindingSort out = new FindingSort(Math.max(16, index.byPerson.length / 4));
        // where each nation whose standing matters appears: listed as a whole or through a named member;
        // and the items listing each nation as a whole, for its head's double bookings (one look per listing)
        Map<String, Set<Long>> appearances = new HashMap<>();
        Map<String, WholeItems> wholeItems = new HashMap<>();
        java.util.function.Function<String, WholeItems> newWhole = nation -> new WholeItems(facts.standingMatters(nation));
        for (int i = 0; i < index.items.length; i++) {
            List<String> itemNations = index.items[i].nations();
            // by position: an iterator per item is not always optimised away
            for (int k = 0, n = itemNations.size(); k < n; k++) {
                String nation = itemNations.get(k);
                WholeItems whole = wholeItems.computeIfAbsent(nation, newWhole);
                whole.add(i);
                if (whole.standingMatters) {
                    appearances.computeIfAbsent(nation, x -> new HashSet<>()).add(index.id[i]);
                }
            }
            item(facts, index, i, out);
        }
        long transfer = transferTime.toNanos();
        Scratch scratch = new Scratch();
        for (int p = 0; p < index.people.length; p++) {
            Attendee a = index.people[p];
            person(facts, a, index, index.byPerson, index.personStart[p], index.personStart[p + 1], transfer,
                    scratch, out);
            // a head of delegation also attends the items their delegation takes part in as a whole
            WholeItems whole = a.headOfDelegation() ? wholeItems.get(a.nation()) : null;
            if (whole != null) {
                headDoubleBooked(facts, a, index, index.byPerson, index.personStart[p], index.personStart[p + 1],
                        whole.items, whole.size, scratch, out);
            }
        }
        // the items of the members of each delegation whose standing matters (a few; not a lookup per attendee)
        for (Map.Entry<String, List<Attendee>> delegation : facts.delegations().entrySet()) {
            WholeItems listed = wholeItems.get(delegation.getKey());
            if (!(listed != null ? listed.standingMatters : facts.standingMatters(delegation.getKey()))) {
                continue;
            }
            Set<Long> where = null;
            for (Attendee a : delegation.getValue()) {
                int p = index.person(a.id());
                if (p < 0 || index.people[p] != a) {
                    continue;
                }
                for (int k = index.personStart[p]; k < index.personStart[p + 1]; k++) {
                    if (where == null) {
                        where = appearances.computeIfAbsent(delegation.getKey(), n -> new HashSet<>());
                    }
                    where.add(index.id[index.byPerson[k]]);
                }
            }
        }
        for (int r = 0; r < index.rooms.length; r++) {
            room(facts, index.rooms[r], index, index.byRoom, index.roomStart[r], index.roomStart[r + 1], out);
        }
        Set<String> nations = new HashSet<>(appearances.keySet());
        nations.addAll(facts.delegations().keySet());
        nations.addAll(facts.confirmed());
        for (String nation : nations) {
            nation(facts, nation, appearances.getOrDefault(nation, Set.of()), out);
        }
        return out.sorted();
    }

    /**
     * The items listing one nation as a whole (positions in the index, in start order) and whether its
     * standing makes its presence a finding.
     */
    private static final class WholeItems {
        final boolean standingMatters;
        int[] items = new int[4];
        int size;

        WholeItems(boolean standingMatters) {
            this.standingMatters = standingMatters;
        }

        void add(int i) {
            // an item listing the nation twice lists it once
            if (size > 0 && items[size - 1] == i) {
                return;
            }
            if (size == items.length) {
                items = java.util.Arrays.copyOf(items, 2 * size);
            }
            items[size++] = i;
        }
    }

    /** Work arrays of the travel search and of a head's items, grown as needed and reused from person to person. */
    static final class Scratch {
        int[] byEnd = new int[16];
        long[] latestStart = new long[16];
        /** A head's items, named or through the delegation, in start order, and whether only through it. */
        int[] attended = new int[16];
        boolean[] throughDelegation = new boolean[16];

        void fit(int k) {
            if (byEnd.length < k) {
                byEnd = new int[Math.max(k, 2 * byEnd.length)];
                latestStart = new long[byEnd.length];
            }
        }

        void fitAttended(int k) {
            if (attended.length < k) {
                attended = new int[Math.max(k, 2 * attended.length)];
                throughDelegation = new boolean[attended.length];
            }
        }
    }

    /** What one item alone is found for: seats beyond the room's capacity, times outside the summit's days. */
    static void item(SummitFacts facts, AgendaItem item, List<Finding> out) {
        Room room = facts.room(item.roomId());
        if (room != null) {
            overCapacity(facts, item, room, out);
        }
        if (item.time().start().isBefore(facts.firstInstant) || item.time().end().isAfter(facts.endInstant)) {
            out.add(facts.outsideSummitDays(item));
        }
    }

    /** {@link #item(SummitFacts, AgendaItem, List)} for the item at {@code i} of the full check's index. */
    private static void item(SummitFacts facts, AgendaIndex index, int i, List<Finding> out) {
        AgendaItem item = index.items[i];
        if (index.room[i] >= 0) {
            Room room = index.rooms[index.room[i]];
            int seats = item.attendeeIds().size();
            if (!item.nations().isEmpty()) {
                Map<String, Integer> namedByNation = new HashMap<>();
                for (int k = index.namingStart[i]; k < index.namingStart[i + 1]; k++) {
                    int p = index.namings[k];
                    if (p >= 0) {
                        namedByNation.merge(index.people[p].nation(), 1, Integer::sum);
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
        if (item.time().start().isBefore(facts.firstInstant) || item.time().end().isAfter(facts.endInstant)) {
            out.add(facts.outsideSummitDays(item));
        }
    }

    /**
     * What one person is found for, from the items that name them ({@code list[from..to)}, indexes into
     * the index's items, in start order): double bookings, presence, the press rule and travel time. A head of
     * delegation's double bookings through the delegation: {@link #headDoubleBooked}.
     */
    static void person(SummitFacts facts, Attendee a, AgendaIndex index, int[] list, int from, int to,
                       long transfer, Scratch scratch, List<Finding> out) {
        if (to == from) {
            return;
        }
        for (int i = from; i < to; i++) {
            long end = index.end[list[i]];
            for (int j = i + 1; j < to && index.start[list[j]] < end; j++) {
                out.add(facts.attendeeDoubleBooked(a, index, list[i], list[j]));
            }
        }
        // as numbers, like the items' times: a time beyond the index's range is after or before them all
        long arrives = a.arrivesAt() == null ? Long.MIN_VALUE : saturatedNanos(a.arrivesAt());
        long departs = a.departsAt() == null ? Long.MAX_VALUE : saturatedNanos(a.departsAt());
        boolean press = a.role() == Role.PRESS;
        for (int k = from; k < to; k++) {
            int i = list[k];
            if (arrives > index.start[i] || departs < index.end[i]) {
                out.add(facts.notPresent(a, index.items[i]));
            }
            if (press && index.items[i].closed()) {
                out.add(facts.closedSessionPress(a, index, i));
            }
        }
        if (to - from > 1 && transfer > 0) {
            scratch.fit(to - from);
            travel(facts, index, list, a, from, to, transfer, scratch, out);
        }
    }

    /**
     * A head's double bookings that count them through the delegation, from the items that name them
     * ({@code list[from..to)}) and the items listing the delegation as a whole ({@code whole[0..wholeSize)}),
     * both in start order: merged (an item that does both names them), then every overlapping pair of which at
     * least one item does not name them (both named: {@link #person}).
     */
    static void headDoubleBooked(SummitFacts facts, Attendee a, AgendaIndex index, int[] list, int from,
                                         int to, int[] whole, int wholeSize, Scratch scratch, List<Finding> out) {
        scratch.fitAttended(to - from + wholeSize);
        int[] attended = scratch.attended;
        boolean[] through = scratch.throughDelegation;
        int n = 0;
        for (int p = from, q = 0; p < to || q < wholeSize; ) {
            int named = p < to ? list[p] : Integer.MAX_VALUE;
            int listed = q < wholeSize ? whole[q] : Integer.MAX_VALUE;
            int next = Math.min(named, listed);
            if (named == next) {
                p++;
            }
            if (listed == next) {
                q++;
            }
            if (n > 0 && attended[n - 1] == next) {
                continue;
            }
            attended[n] = next;
            through[n] = named != next;
            n++;
        }
        for (int i = 0; i < n; i++) {
            long end = index.end[attended[i]];
            for (int j = i + 1; j < n && index.start[attended[j]] < end; j++) {
                if (through[i] || through[j]) {
                    out.add(facts.headDoubleBooked(a, index.items[attended[i]], through[i], index.items[attended[j]],
                            through[j]));
                }
            }
        }
    }

    /** Double bookings of one room, from its items ({@code list[from..to)}) in start order. */
    static void room(SummitFacts facts, Room room, AgendaIndex index, int[] list, int from, int to,
                     List<Finding> out) {
        overlapping(index, list, from, to, (x, y) -> out.add(facts.roomDoubleBooked(room, x, y)));
    }

    /** Nanoseconds since the epoch, or the largest or smallest long for a time beyond them. */
    private static long saturatedNanos(java.time.Instant t) {
        long seconds = t.getEpochSecond();
        if (seconds >= Long.MAX_VALUE / 1_000_000_000L) {
            return Long.MAX_VALUE;
        }
        if (seconds <= Long.MIN_VALUE / 1_000_000_000L) {
            return Long.MIN_VALUE;
        }
        return seconds * 1_000_000_000L + t.getNano();
    }

    /**
     * What one nation is found for: present though not invited, declined or unanswered ({@code items}:
     * the items it appears on, wanted only when its standing matters), a delegation without a head, a
     * confirmed nation without a delegation.
     */
    static void nation(SummitFacts facts, String nation, Collection<Long> items, List<Finding> out) {
        int size = facts.delegationSize(nation);
        if (size > 0 || !items.isEmpty()) {
            Rule rule = switch (facts.status(nation)) {
                case NOT_INVITED -> Rule.UNINVITED_DELEGATION;
                case DECLINED -> Rule.DECLINED_DELEGATION;
                case INVITED -> Rule.INVITATION_UNANSWERED;
                case CONFIRMED, OBSERVER -> null;
            };
            if (rule != null) {
                out.add(facts.delegation(rule, nation, items));
            }
        }
        if (size > 0 && !hasHead(facts.delegations().get(nation))) {
            out.add(facts.withoutHead(nation));
        }
        if (size == 0 && facts.status(nation) == ParticipationStatus.CONFIRMED) {
            out.add(facts.confirmedWithoutDelegation(nation));
        }
    }

    /** Whether one of the members heads the delegation (a loop: a stream per nation costs more than the look). */
    private static boolean hasHead(List<Attendee> members) {
        for (int i = 0, n = members.size(); i < n; i++) {
            if (members.get(i).headOfDelegation()) {
                return true;
            }
        }
        return false;
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

    /**
     * Calls back every overlapping pair of a list of items sorted by start ({@code list[from..to)} are
     * indexes into the index's items). Item j after item i overlaps it exactly when j starts before i
     * ends; the first j that does not ends the scan for i, as every later one starts later still.
     */
    private static void overlapping(AgendaIndex index, int[] list, int from, int to,
                                    BiConsumer<AgendaItem, AgendaItem> pair) {
        for (int i = from; i < to; i++) {
            long end = index.end[list[i]];
            for (int j = i + 1; j < to && index.start[list[j]] < end; j++) {
                pair.accept(index.items[list[i]], index.items[list[j]]);
            }
        }
    }

    /**
     * Item {@code a} then {@code b} are consecutive for a person when {@code a} ends by the time {@code b}
     * starts and none of the person's items lies wholly between them: {@code a} ends after the latest
     * start S of the items that end by {@code b}'s start. The person's items are put in end order (an
     * insertion sort: people have few items) with the running latest start; for each {@code b} a binary
     * search finds the items ending by its start, and only those ending in its last transfer time are looked at.
     */
    private static void travel(SummitFacts facts, AgendaIndex index, int[] list, Attendee a, int from, int to,
                               long transfer, Scratch scratch, List<Finding> out) {
        if (endsInStartOrder(index, list, from, to)) {
            travelInOrder(facts, index, list, a, from, to, transfer, out);
            return;
        }
        int[] byEnd = scratch.byEnd;
        int k = to - from;
        for (int i = 0; i < k; i++) {
            int item = list[from + i];
            int j = i;
            while (j > 0 && endsAfter(index, byEnd[j - 1], item)) {
                byEnd[j] = byEnd[j - 1];
                j--;
            }
            byEnd[j] = item;
        }
        long[] latestStart = scratch.latestStart;
        for (int i = 0; i < k; i++) {
            long s = index.start[byEnd[i]];
            latestStart[i] = i == 0 || s > latestStart[i - 1] ? s : latestStart[i - 1];
        }
        for (int q = from; q < to; q++) {
            int b = list[q];
            if (index.building[b] < 0) {
                continue;
            }
            long start = index.start[b];
            int last = lastEndingBy(index, byEnd, k, start);
            if (last < 0) {
                continue;
            }
            long after = Math.max(latestStart[last], start - transfer);
            for (int i = last; i >= 0 && index.end[byEnd[i]] > after; i--) {
                int from0 = index.building[byEnd[i]];
                if (from0 >= 0 && from0 != index.building[b]) {
                    out.add(facts.tooLittleTravelTime(a, index, byEnd[i], b));
                }
            }
        }
    }

    /**
     * Whether the items of {@code list[from..to)} (in start order) also end in order: then the end order of
     * the travel search ({@link SummitFacts#BY_END}) is the start order, as items with equal ends are in
     * start then id order already. Most people's items do not overlap, and so end in start order.
     */
    private static boolean endsInStartOrder(AgendaIndex index, int[] list, int from, int to) {
        long previous = index.end[list[from]];
        for (int q = from + 1; q < to; q++) {
            long end = index.end[list[q]];
            if (end < previous) {
                return false;
            }
            previous = end;
        }
        return true;
    }

    /**
     * {@link #travel} for items that end in start order: the end order is the list's, the latest start of
     * the items up to one is its own start, and the last item ending by each item's start only moves forward.
     */
    private static void travelInOrder(SummitFacts facts, AgendaIndex index, int[] list, Attendee a, int from,
                                      int to, long transfer, List<Finding> out) {
        int last = from - 1;
        for (int q = from; q < to; q++) {
            int b = list[q];
            long start = index.start[b];
            while (last + 1 < to && index.end[list[last + 1]] <= start) {
                last++;
            }
            if (last < from || index.building[b] < 0) {
                continue;
            }
            long after = Math.max(index.start[list[last]], start - transfer);
            for (int i = last; i >= from && index.end[list[i]] > after; i--) {
                int from0 = index.building[list[i]];
                if (from0 >= 0 && from0 != index.building[b]) {
                    out.add(facts.tooLittleTravelTime(a, index, list[i], b));
                }
            }
        }
    }

    /** End, then start, then id ({@link SummitFacts#BY_END} on the index's numbers): the travel search's order. */
    private static boolean endsAfter(AgendaIndex index, int x, int y) {
        if (index.end[x] != index.end[y]) {
            return index.end[x] > index.end[y];
        }
        if (index.start[x] != index.start[y]) {
            return index.start[x] > index.start[y];
        }
        return index.id[x] > index.id[y];
    }

    /** Position in {@code byEnd[0..k)} of the last item ending at or before {@code t}, or -1. */
    private static int lastEndingBy(AgendaIndex index, int[] byEnd, int k, long t) {
        int lo = 0;
        int hi = k;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (index.end[byEnd[mid]] > t) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo - 1;
    }
}
