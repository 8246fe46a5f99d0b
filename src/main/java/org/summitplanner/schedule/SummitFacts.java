package org.summitplanner.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.Participation;
import org.summitplanner.model.ParticipationStatus;
import org.summitplanner.model.Room;
import org.summitplanner.model.SummitContent;

/**
 * One summit looked up by id, and the one place where findings are written: what each finding names,
 * says and is fingerprinted by. The fast checks and the test oracle both build their findings here, so
 * that they can differ only in which findings they find.
 */
final class SummitFacts {

    /** Start, then end, then id: the order in which the items of a person or a room are swept. */
    static final Comparator<AgendaItem> BY_START = (x, y) -> {
        int c = x.time().start().compareTo(y.time().start());
        if (c == 0) {
            c = x.time().end().compareTo(y.time().end());
        }
        return c != 0 ? c : Long.compare(x.id(), y.id());
    };

    /** End, then start, then id. */
    static final Comparator<AgendaItem> BY_END = (x, y) -> {
        int c = x.time().end().compareTo(y.time().end());
        return c != 0 ? c : BY_START.compare(x, y);
    };

    /** Whether a nation's standing makes its presence a finding (not invited, declined, no answer yet). */
    boolean standingMatters(String nation) {
        ParticipationStatus status = status(nation);
        return status == ParticipationStatus.NOT_INVITED || status == ParticipationStatus.DECLINED
                || status == ParticipationStatus.INVITED;
    }

    private static final DateTimeFormatter DAY_HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    final SummitContent content;
    final Duration transferTime;
    final Instant firstInstant;
    final Instant endInstant;
    private final ZoneId zone;
    private final boolean oneDay;
    /** Made when first asked for: the full check finds its attendees through its index. */
    private LongMap<Attendee> attendees;
    private final LongMap<Room> rooms;
    private final Map<String, List<Attendee>> delegations = new HashMap<>();
    private final Map<String, ParticipationStatus> statuses = new HashMap<>();
    private final long transferMinutes;
    private final long transferSeconds;

    SummitFacts(SummitContent content, Duration transferTime) {
        if (transferTime.isNegative()) {
            throw new IllegalArgumentException("negative transfer time " + transferTime);
        }
        this.content = content;
        this.transferTime = transferTime;
        this.zone = content.summit().timeZone();
        this.oneDay = content.summit().firstDay().equals(content.summit().lastDay());
        this.firstInstant = content.summit().firstDay().atStartOfDay(zone).toInstant();
        this.endInstant = content.summit().lastDay().plusDays(1).atStartOfDay(zone).toInstant();
        this.transferMinutes = transferTime.toMinutes();
        this.transferSeconds = transferTime.toSeconds();
        long previous = Long.MIN_VALUE;
        boolean inIdOrder = true;
        // attendees come delegation by delegation (as stored and loaded): a lookup per delegation, not per person
        String lastNation = null;
        List<Attendee> lastMembers = null;
        List<Attendee> all = content.attendees();
        for (int i = 0, n = all.size(); i < n; i++) {
            Attendee a = all.get(i);
            String nation = a.nation();
            if (lastMembers == null || !nation.equals(lastNation)) {
                lastMembers = delegations.computeIfAbsent(nation, k -> new ArrayList<>());
                lastNation = nation;
            }
            lastMembers.add(a);
            inIdOrder &= a.id() > previous;
            previous = a.id();
        }
        if (!inIdOrder) {
            delegations.values().forEach(members -> members.sort(BY_ID));
        }
        rooms = new LongMap<>(content.rooms().size());
        content.rooms().forEach(r -> rooms.put(r.id(), r));
        for (Participation p : content.participations()) {
            statuses.put(p.nation(), p.status());
        }
    }

    Attendee attendee(long id) {
        return attendees().get(id);
    }

    private LongMap<Attendee> attendees() {
        if (attendees == null) {
            attendees = new LongMap<>(content.attendees().size());
            for (Attendee a : content.attendees()) {
                attendees.put(a.id(), a);
            }
        }
        return attendees;
    }

    Room room(Long id) {
        return id == null ? null : rooms.get(id);
    }

    /** Members of each nation's delegation in id order, by nation code (in no order of codes). */
    Map<String, List<Attendee>> delegations() {
        return delegations;
    }

    int delegationSize(String nation) {
        List<Attendee> members = delegations.get(nation);
        return members == null ? 0 : members.size();
    }

    /** A nation with no participation in the summit counts as not invited. */
    ParticipationStatus status(String nation) {
        return statuses.getOrDefault(nation, ParticipationStatus.NOT_INVITED);
    }

    // ---- changes, for the incremental checks: the lookups follow the summit as it is edited ----

    private static final Comparator<Attendee> BY_ID = Comparator.comparingLong(Attendee::id);

    /** An attendee added or changed ({@code before} null when new). */
    void putAttendee(Attendee before, Attendee now) {
        if (before != null) {
            removeAttendee(before);
        }
        attendees().put(now.id(), now);
        List<Attendee> members = delegations.computeIfAbsent(now.nation(), n -> new ArrayList<>());
        int at = Collections.binarySearch(members, now, BY_ID);
        members.add(at < 0 ? -at - 1 : at, now);
    }

    void removeAttendee(Attendee before) {
        attendees().remove(before.id());
        List<Attendee> members = delegations.get(before.nation());
        if (members != null) {
            members.removeIf(m -> m.id() == before.id());
            if (members.isEmpty()) {
                delegations.remove(before.nation());
            }
        }
    }

    void putRoom(Room room) {
        rooms.put(room.id(), room);
    }

    void removeRoom(long id) {
        rooms.remove(id);
    }

    /** @param status null when the nation no longer has a participation */
    void setStatus(String nation, ParticipationStatus status) {
        if (status == null) {
            statuses.remove(nation);
        } else {
            statuses.put(nation, status);
        }
    }

    /** The nations with a participation whose status is confirmed. */
    List<String> confirmed() {
        List<String> out = new ArrayList<>();
        statuses.forEach((nation, status) -> {
            if (status == ParticipationStatus.CONFIRMED) {
                out.add(nation);
            }
        });
        return out;
    }

    // ---- the findings ----

    Finding attendeeDoubleBooked(Attendee a, AgendaItem x, AgendaItem y) {
        AgendaItem first = earlier(x, y);
        AgendaItem second = first == x ? y : x;
        return new Finding(Rule.ATTENDEE_DOUBLE_BOOKED, Finding.ATTENDEE_ITEM_ITEM, a.id(), Math.min(x.id(), y.id()),
                Math.max(x.id(), y.id()), List.of(a.nation()), List.of(a.id()), null, List.of(),
                List.of(person(a), item(first), item(second)), DOUBLE_BOOKED);
    }

    /** The first item of a head's double booking is counted through the whole delegation (not named). */
    static final int FIRST_THROUGH_DELEGATION = 1;
    /** The second item is counted through the whole delegation. */
    static final int SECOND_THROUGH_DELEGATION = 2;

    /**
     * A head of delegation in two items at once where at least one of them counts them only because their
     * delegation takes part in it as a whole (both named is {@link #attendeeDoubleBooked}). The same rule
     * and subject as a double booking of the named, so the findings screen, the agenda's marks and the
     * status bar treat it alike; the arguments add the nation and which item counts the head through the
     * delegation ({@link #FIRST_THROUGH_DELEGATION} and/or {@link #SECOND_THROUGH_DELEGATION}, of the items
     * in start order), and the fingerprint hashes both: an acknowledgement of the named double booking does
     * not hold for this one, as the facts differ.
     *
     * @param xWhole whether the head counts on {@code x} through the delegation only (not named on it)
     */
    Finding headDoubleBooked(Attendee a, AgendaItem x, boolean xWhole, AgendaItem y, boolean yWhole) {
        boolean xFirst = earlier(x, y) == x;
        AgendaItem first = xFirst ? x : y;
        AgendaItem second = xFirst ? y : x;
        int through = ((xFirst ? xWhole : yWhole) ? FIRST_THROUGH_DELEGATION : 0)
                | ((xFirst ? yWhole : xWhole) ? SECOND_THROUGH_DELEGATION : 0);
        if (through == 0) {
            throw new IllegalArgumentException("named on both: an attendee double booking");
        }
        return new Finding(Rule.ATTENDEE_DOUBLE_BOOKED, Finding.ATTENDEE_ITEM_ITEM, a.id(), Math.min(x.id(), y.id()),
                Math.max(x.id(), y.id()), List.of(a.nation()), List.of(a.id()), null, List.of(),
                List.of(person(a), item(first), item(second), a.nation(), through), HEAD_DOUBLE_BOOKED);
    }

    /**
     * The same finding as {@link #attendeeDoubleBooked(Attendee, AgendaItem, AgendaItem)} from the full
     * check's index: items {@code x} before {@code y} in start order, their facts read from its arrays
     * rather than from the records (thousands of findings per check, each reading two items).
     */
    Finding attendeeDoubleBooked(Attendee a, AgendaIndex index, int x, int y) {
        long first = index.id[x];
        long second = index.id[y];
        remember(a);
        return new Finding(Rule.ATTENDEE_DOUBLE_BOOKED, Finding.ATTENDEE_ITEM_ITEM, a.id(), Math.min(first, second),
                Math.max(first, second), LABELS, lastLabel, item(index, x), item(index, y),
                DOUBLE_BOOKED);
    }

    /** {@link #tooLittleTravelTime(Attendee, AgendaItem, AgendaItem)} from the full check's index. */
    Finding tooLittleTravelTime(Attendee a, AgendaIndex index, int first, int second) {
        if (index.room == null) {
            // an index of one person's items (the incremental checks) knows no rooms
            return tooLittleTravelTime(a, index.items[first], index.items[second]);
        }
        remember(a);
        long x = index.id[first];
        long y = index.id[second];
        if (travelIndex != index) {
            travelIndex = index;
            travelWritten = new TravelWritten(index.rooms, index.room);
        }
        return new Finding(Rule.TOO_LITTLE_TRAVEL_TIME, Finding.ATTENDEE_ITEM_ITEM, a.id(), Math.min(x, y),
                Math.max(x, y), travelWritten, lastLabel, item(index, first),
                item(index, second), travel);
    }

    /** The index whose travel findings {@link #travelWritten} writes the arguments of. */
    private AgendaIndex travelIndex;
    private TravelWritten travelWritten;

    /**
     * The arguments and rooms of a travel finding of the full check, from its parts (the person's label, the
     * first and the second item's labels) and the rooms of the index it was found on (its arrays are not
     * changed once built): what {@link #tooLittleTravelTime(Attendee, AgendaItem, AgendaItem)} writes at once.
     */
    private final class TravelWritten implements Finding.Written {
        private final Room[] rooms;
        private final int[] roomOf;

        TravelWritten(Room[] rooms, int[] roomOf) {
            this.rooms = rooms;
            this.roomOf = roomOf;
        }

        private Room room(Finding f, int part) {
            return rooms[roomOf[((Label) f.part(part)).position()]];
        }

        @Override
        public List<Object> arguments(Finding f) {
            Label first = (Label) f.part(1);
            Label second = (Label) f.part(2);
            return List.of(f.part(0), minutesBetween(first.item(), second.item()), first, room(f, 1).building(),
                    second, room(f, 2).building(), transferMinutes);
        }

        @Override
        public List<Long> roomIds(Finding f) {
            return rooms(room(f, 1), room(f, 2));
        }
    }

    /** The arguments of a finding of a person and items written from its parts as they are (their labels). */
    private static final Finding.Written LABELS = new Finding.Written() {
        @Override
        public List<Object> arguments(Finding f) {
            return f.part(2) == null ? List.of(f.part(0), f.part(1)) : List.of(f.part(0), f.part(1), f.part(2));
        }

        @Override
        public List<Long> roomIds(Finding f) {
            return List.of();
        }
    };

    /** The whole minutes from the end of {@code first} to the start of {@code second}. */
    private static long minutesBetween(AgendaItem first, AgendaItem second) {
        // Duration.between(end, start).toMinutes() without the Duration
        Instant end = first.time().end();
        Instant start = second.time().start();
        long seconds = start.getEpochSecond() - end.getEpochSecond() - (start.getNano() < end.getNano() ? 1 : 0);
        return seconds / 60;
    }

    /** The ids of the rooms of a travel finding, sorted (one when both items are in the same room). */
    private static List<Long> rooms(Room from, Room to) {
        return from.id() == to.id() ? List.of(from.id())
                : List.of(Math.min(from.id(), to.id()), Math.max(from.id(), to.id()));
    }

    /** {@link #closedSessionPress(Attendee, AgendaItem)} from the full check's index. */
    Finding closedSessionPress(Attendee a, AgendaIndex index, int i) {
        long item = index.id[i];
        remember(a);
        return new Finding(Rule.CLOSED_SESSION_PRESS, Finding.ATTENDEE_ITEM, a.id(), item, 0, LABELS, lastLabel, item(index, i), null, PRESS);
    }


    static final long NANOS = 1_000_000_000L;

    // The facts of the findings a check writes by the thousand, hashed when their fingerprint is first needed
    // (an acknowledgement about their subject, equals): the records are immutable, so the fingerprint is the
    // one of the facts they were found on. Read from what the finding holds, with no object per finding: the
    // person's id is the subject's first, the items are those of the labels among the arguments (an item
    // counts by its id, start, end and room), the buildings are arguments.

    /** A person in two items at once: arguments person, first item (the earlier), second item. */
    private static final Finding.Facts DOUBLE_BOOKED = (f, hash) -> hash.text("A").add(f.id(0))
            .item(labelled(f, 1)).item(labelled(f, 2));

    /**
     * A head of delegation in two items at once, counted on one or both through the whole delegation:
     * arguments person, first item, second item, nation, which items count through the delegation.
     */
    private static final Finding.Facts HEAD_DOUBLE_BOOKED = (f, hash) -> hash.text("H").add(f.id(0))
            .item(labelled(f, 1)).item(labelled(f, 2)).text((String) f.arguments().get(3))
            .add(((Integer) f.arguments().get(4)).longValue());

    /** Too little time between items: arguments person, gap, first item, its building, second item, its building. */
    private final Finding.Facts travel = this::hashTravel;

    private void hashTravel(Finding f, FactHash hash) {
        hash.add(f.id(0)).item(labelled(f, 2)).item(labelled(f, 4)).text((String) f.arguments().get(3))
                .text((String) f.arguments().get(5)).add(transferSeconds);
    }

    /** A member of the press in a closed item: arguments person, item. */
    private static final Finding.Facts PRESS = (f, hash) -> {
        Attendee a = ((Label) f.arguments().get(0)).person();
        AgendaItem item = labelled(f, 1);
        hash.add(a.id()).text(a.role() == null ? null : a.role().toString()).add(item.id())
                .add(item.closed() ? 1L : 0L);
    };

    private static AgendaItem labelled(Finding f, int argument) {
        return ((Label) f.arguments().get(argument)).item();
    }

    /** The hash of each finding's facts, one after the other (a check writes its findings on one thread). */
    private final FactHash hasher = new FactHash();

    // the full check writes a person's findings one after the other: their shared parts are made once
    private Attendee lastPerson;
    private Label lastLabel;

    private void remember(Attendee a) {
        if (a != lastPerson) {
            lastPerson = a;
            lastLabel = person(a);
        }
    }

    /** The label of the item at {@code i} of the index, one per item and check. */
    private Label item(AgendaIndex index, int i) {
        if (index.labels == null) {
            index.labels = new Label[index.items.length];
        }
        Label label = index.labels[i];
        if (label == null) {
            label = new Label(null, index.items[i], zone, oneDay, i);
            index.labels[i] = label;
        }
        return label;
    }

    Finding roomDoubleBooked(Room room, AgendaItem x, AgendaItem y) {
        AgendaItem first = earlier(x, y);
        AgendaItem second = first == x ? y : x;
        FactHash hash = hasher.reset().text("R").add(room.id()).item(first).item(second);
        return new Finding(Rule.ROOM_DOUBLE_BOOKED, Finding.ITEM_ITEM, Math.min(x.id(), y.id()),
                Math.max(x.id(), y.id()), 0, List.of(), List.of(), null, List.of(room.id()),
                List.of(room.name(), item(first), item(second)), hash.high(), hash.low());
    }

    Finding roomOverCapacity(AgendaItem item, Room room, int seats) {
        long[] digest = digest(item, room.capacity(), seats, sorted(item.attendeeIds()), sortedText(item.nations()));
        return new Finding(Rule.ROOM_OVER_CAPACITY, Finding.ITEM, item.id(), 0, 0, List.of(), List.of(), null,
                List.of(room.id()), List.of(item(item), seats, room.name(), room.capacity()), digest[0], digest[1]);
    }

    /** Uninvited, declined or unanswered: the nation's attendees and the items it appears on. */
    Finding delegation(Rule rule, String nation, Collection<Long> items) {
        List<Long> members = delegations.getOrDefault(nation, List.of()).stream().map(Attendee::id).toList();
        List<Long> itemIds = sorted(items);
        return new Finding(rule, "nation:" + nation, List.of(nation), members, itemIds, List.of(),
                List.of(nation, members.size(), itemIds.size()),
                fingerprint(nation, status(nation), members, itemIds));
    }

    Finding confirmedWithoutDelegation(String nation) {
        return new Finding(Rule.CONFIRMED_WITHOUT_DELEGATION, "nation:" + nation, List.of(nation), List.of(),
                List.of(), List.of(), List.of(nation), fingerprint(nation, status(nation)));
    }

    Finding withoutHead(String nation) {
        List<Long> members = delegations.get(nation).stream().map(Attendee::id).toList();
        return new Finding(Rule.DELEGATION_WITHOUT_HEAD, "nation:" + nation, List.of(nation), members, List.of(),
                List.of(), List.of(nation, members.size()), fingerprint(nation, members));
    }

    Finding outsideSummitDays(AgendaItem item) {
        long[] digest = digest(item, content.summit().firstDay(), content.summit().lastDay(), zone);
        return new Finding(Rule.OUTSIDE_SUMMIT_DAYS, Finding.ITEM, item.id(), 0, 0, List.of(), List.of(), null,
                List.of(), List.of(item(item), content.summit().firstDay().toString(),
                content.summit().lastDay().toString()), digest[0], digest[1]);
    }

    Finding notPresent(Attendee a, AgendaItem item) {
        FactHash hash = hasher.reset().add(a.id()).instant(a.arrivesAt()).instant(a.departsAt()).item(item);
        return new Finding(Rule.ATTENDEE_NOT_PRESENT, Finding.ATTENDEE_ITEM, a.id(), item.id(), 0,
                List.of(a.nation()), List.of(a.id()), null, List.of(),
                List.of(person(a), item(item), when(a.arrivesAt()), when(a.departsAt())), hash.high(), hash.low());
    }

    /** {@code first} ends before {@code second} starts. */
    Finding tooLittleTravelTime(Attendee a, AgendaItem first, AgendaItem second) {
        Room from = room(first.roomId());
        Room to = room(second.roomId());
        return new Finding(Rule.TOO_LITTLE_TRAVEL_TIME, Finding.ATTENDEE_ITEM_ITEM, a.id(),
                Math.min(first.id(), second.id()), Math.max(first.id(), second.id()), List.of(a.nation()),
                List.of(a.id()), null, rooms(from, to),
                List.of(person(a), minutesBetween(first, second), item(first), from.building(), item(second),
                        to.building(), transferMinutes),
                travel);
    }

    Finding closedSessionPress(Attendee a, AgendaItem item) {
        return new Finding(Rule.CLOSED_SESSION_PRESS, Finding.ATTENDEE_ITEM, a.id(), item.id(), 0,
                List.of(a.nation()), List.of(a.id()), null, List.of(), List.of(person(a), item(item)), PRESS);
    }

    // ---- helpers ----

    private static AgendaItem earlier(AgendaItem x, AgendaItem y) {
        return BY_START.compare(x, y) <= 0 ? x : y;
    }

    private static List<Long> sorted(Collection<Long> ids) {
        return ids.stream().sorted().toList();
    }

    private static List<String> sortedText(Collection<String> codes) {
        return codes.stream().sorted().toList();
    }

    /** "Ms Ana Novak (SI)", written when the message is. */
    private static Label person(Attendee a) {
        return new Label(a, null, null, false);
    }

    static String personLabel(Attendee a) {
        String name = a.displayName();
        return new StringBuilder(name.length() + a.nation().length() + 3).append(name).append(" (")
                .append(a.nation()).append(')').toString();
    }

    private Label item(AgendaItem item) {
        return new Label(null, item, zone, oneDay);
    }

    /** "“Title” (09:00–10:00)", with the days when the summit has several or the item ends another day. */
    static String itemLabel(AgendaItem item, ZoneId zone, boolean oneDay) {
        return itemLabel(item, item.title(), zone, oneDay);
    }

    /** The same with another title (the French one, for a French window). */
    static String itemLabel(AgendaItem item, String title, ZoneId zone, boolean oneDay) {
        // written by hand rather than with LocalDateTime and a DateTimeFormatter
        long start = local(zone, item.time().start());
        long end = local(zone, item.time().end());
        long startDay = Math.floorDiv(start, 86_400L);
        StringBuilder sb = new StringBuilder(title.length() + 40).append('\u201C').append(title)
                .append("\u201D (");
        time(sb, start, !oneDay);
        sb.append('\u2013');
        time(sb, end, startDay != Math.floorDiv(end, 86_400L));
        return sb.append(')').toString();
    }

    /** Seconds since the epoch of the local date-time in the zone. */
    private static long local(ZoneId zone, Instant t) {
        return t.getEpochSecond() + zone.getRules().getOffset(t).getTotalSeconds();
    }

    /** "HH:mm", or "yyyy-MM-dd HH:mm" with the day, as {@link #DAY_HOUR} writes it (by hand for years 1 to 9999). */
    private static void time(StringBuilder sb, long localSeconds, boolean withDay) {
        long day = Math.floorDiv(localSeconds, 86_400L);
        int secondOfDay = (int) Math.floorMod(localSeconds, 86_400L);
        if (withDay) {
            LocalDate date = LocalDate.ofEpochDay(day);
            int year = date.getYear();
            if (year < 1 || year > 9999) {
                sb.append(DAY_HOUR.format(LocalDateTime.of(date, LocalTime.ofSecondOfDay(secondOfDay))));
                return;
            }
            digits(sb, year, 4).append('-');
            digits(sb, date.getMonthValue(), 2).append('-');
            digits(sb, date.getDayOfMonth(), 2).append(' ');
        }
        digits(sb, secondOfDay / 3600, 2).append(':');
        digits(sb, secondOfDay / 60 % 60, 2);
    }

    private static StringBuilder digits(StringBuilder sb, int value, int width) {
        for (int scale = width == 4 ? 1000 : 10; scale > 0; scale /= 10) {
            sb.append((char) ('0' + value / scale % 10));
        }
        return sb;
    }

    private String when(Instant instant) {
        return instant == null ? "\u2014" : DAY_HOUR.format(LocalDateTime.ofInstant(instant, zone));
    }

    /**
     * A 128-bit hash of the facts as 32 hex digits, made from the values themselves rather than from
     * text: an agenda item counts by its id, start, end and room (what its findings depend on), lists
     * element by element, everything else by its text. Two independent 64-bit lanes with a final mix;
     * not cryptographic (nobody forges a schedule to dodge an acknowledgement) but stable across runs and
     * JVMs, which is what an acknowledgement needs, and cheap enough for thousands of findings.
     */
    static String fingerprint(Object... facts) {
        long[] digest = digest(facts);
        return FactHash.hex(digest[0], digest[1]);
    }

    /** The two numbers {@link #fingerprint(Object...)} writes as its first and last 16 digits. */
    static long[] digest(Object... facts) {
        long[] lanes = {0xcbf29ce484222325L, 0x84222325cbf29ce4L};
        for (Object fact : facts) {
            add(lanes, fact);
        }
        lanes[0] = FactHash.mix(lanes[0]);
        lanes[1] = FactHash.mix(lanes[1]);
        return lanes;
    }

    private static void add(long[] lanes, Object fact) {
        if (fact == null) {
            add(lanes, 0x5bd1e995L);
        } else if (fact instanceof Long || fact instanceof Integer || fact instanceof Boolean) {
            add(lanes, fact instanceof Boolean bool ? (bool ? 1L : 0L) : ((Number) fact).longValue());
        } else if (fact instanceof AgendaItem item) {
            add(lanes, item.id());
            add(lanes, item.time().start());
            add(lanes, item.time().end());
            add(lanes, item.roomId());
        } else if (fact instanceof Instant t) {
            add(lanes, t.getEpochSecond());
            add(lanes, (long) t.getNano());
        } else if (fact instanceof List<?> list) {
            add(lanes, (long) list.size());
            list.forEach(element -> add(lanes, element));
        } else {
            String text = fact.toString();
            add(lanes, (long) text.length());
            for (int i = 0; i < text.length(); i++) {
                add(lanes, (long) text.charAt(i));
            }
        }
    }

    private static void add(long[] lanes, long value) {
        lanes[0] = Long.rotateLeft((lanes[0] ^ value) * 0x100000001b3L, 29);
        lanes[1] = Long.rotateLeft((lanes[1] ^ value) * 0x9e3779b97f4a7c15L, 37);
    }
}
