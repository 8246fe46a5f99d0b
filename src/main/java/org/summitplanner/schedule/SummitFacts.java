package org.summitplanner.schedule;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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
    static final Comparator<AgendaItem> BY_START = Comparator.comparing((AgendaItem i) -> i.time().start())
            .thenComparing(i -> i.time().end()).thenComparingLong(AgendaItem::id);

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY_HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    final SummitContent content;
    final Duration transferTime;
    final Instant firstInstant;
    final Instant endInstant;
    private final ZoneId zone;
    private final boolean oneDay;
    private final Map<Long, Attendee> attendees = new HashMap<>();
    private final Map<Long, Room> rooms = new HashMap<>();
    private final Map<String, List<Attendee>> delegations = new TreeMap<>();
    private final Map<String, ParticipationStatus> statuses = new HashMap<>();

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
        for (Attendee a : content.attendees()) {
            attendees.put(a.id(), a);
            delegations.computeIfAbsent(a.nation(), n -> new ArrayList<>()).add(a);
        }
        delegations.values().forEach(members -> members.sort(Comparator.comparingLong(Attendee::id)));
        content.rooms().forEach(r -> rooms.put(r.id(), r));
        for (Participation p : content.participations()) {
            statuses.put(p.nation(), p.status());
        }
    }

    Attendee attendee(long id) {
        return attendees.get(id);
    }

    Room room(Long id) {
        return id == null ? null : rooms.get(id);
    }

    /** Members of each nation's delegation in id order, by nation code. */
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

    // ---- the findings ----

    Finding attendeeDoubleBooked(Attendee a, AgendaItem x, AgendaItem y) {
        AgendaItem first = earlier(x, y);
        AgendaItem second = first == x ? y : x;
        return new Finding(Rule.ATTENDEE_DOUBLE_BOOKED, "attendee:" + a.id() + " " + pair(x, y),
                List.of(a.nation()), List.of(a.id()), ids(x, y), List.of(),
                List.of(person(a), item(first), item(second)),
                fingerprint("A", a.id(), times(first), times(second)));
    }

    Finding roomDoubleBooked(Room room, AgendaItem x, AgendaItem y) {
        AgendaItem first = earlier(x, y);
        AgendaItem second = first == x ? y : x;
        return new Finding(Rule.ROOM_DOUBLE_BOOKED, pair(x, y), List.of(), List.of(), ids(x, y), List.of(room.id()),
                List.of(room.name(), item(first), item(second)),
                fingerprint("R", room.id(), times(first), times(second)));
    }

    Finding roomOverCapacity(AgendaItem item, Room room, int seats) {
        return new Finding(Rule.ROOM_OVER_CAPACITY, "item:" + item.id(), List.of(), List.of(), List.of(item.id()),
                List.of(room.id()), List.of(item(item), seats, room.name(), room.capacity()),
                fingerprint(times(item), room.capacity(), seats, sorted(item.attendeeIds()), sortedText(item.nations())));
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
        return new Finding(Rule.OUTSIDE_SUMMIT_DAYS, "item:" + item.id(), List.of(), List.of(), List.of(item.id()),
                List.of(), List.of(item(item), content.summit().firstDay().toString(),
                content.summit().lastDay().toString()),
                fingerprint(times(item), content.summit().firstDay(), content.summit().lastDay(), zone));
    }

    Finding notPresent(Attendee a, AgendaItem item) {
        return new Finding(Rule.ATTENDEE_NOT_PRESENT, "attendee:" + a.id() + " item:" + item.id(), List.of(a.nation()),
                List.of(a.id()), List.of(item.id()), List.of(),
                List.of(person(a), item(item), when(a.arrivesAt()), when(a.departsAt())),
                fingerprint(a.id(), a.arrivesAt(), a.departsAt(), times(item)));
    }

    /** {@code first} ends before {@code second} starts. */
    Finding tooLittleTravelTime(Attendee a, AgendaItem first, AgendaItem second) {
        Room from = room(first.roomId());
        Room to = room(second.roomId());
        long gap = Duration.between(first.time().end(), second.time().start()).toMinutes();
        return new Finding(Rule.TOO_LITTLE_TRAVEL_TIME, "attendee:" + a.id() + " " + pair(first, second),
                List.of(a.nation()), List.of(a.id()), ids(first, second), sorted(List.of(from.id(), to.id())),
                List.of(person(a), gap, item(first), from.building(), item(second), to.building(),
                        transferTime.toMinutes()),
                fingerprint(a.id(), times(first), times(second), from.building(), to.building(), transferTime));
    }

    Finding closedSessionPress(Attendee a, AgendaItem item) {
        return new Finding(Rule.CLOSED_SESSION_PRESS, "attendee:" + a.id() + " item:" + item.id(), List.of(a.nation()),
                List.of(a.id()), List.of(item.id()), List.of(), List.of(person(a), item(item)),
                fingerprint(a.id(), a.role(), item.id(), item.closed()));
    }

    // ---- helpers ----

    private static AgendaItem earlier(AgendaItem x, AgendaItem y) {
        return BY_START.compare(x, y) <= 0 ? x : y;
    }

    private static String pair(AgendaItem x, AgendaItem y) {
        return "item:" + Math.min(x.id(), y.id()) + " item:" + Math.max(x.id(), y.id());
    }

    private static List<Long> ids(AgendaItem x, AgendaItem y) {
        return List.of(Math.min(x.id(), y.id()), Math.max(x.id(), y.id()));
    }

    private static List<Long> sorted(Collection<Long> ids) {
        return ids.stream().sorted().toList();
    }

    private static List<String> sortedText(Collection<String> codes) {
        return codes.stream().sorted().toList();
    }

    /** The facts of an item that its findings depend on: which item, when and where. */
    private static String times(AgendaItem item) {
        return item.id() + "@" + item.time().start() + "/" + item.time().end() + "@" + item.roomId();
    }

    private String person(Attendee a) {
        return a.displayName() + " (" + a.nation() + ")";
    }

    private String item(AgendaItem item) {
        LocalDateTime start = LocalDateTime.ofInstant(item.time().start(), zone);
        LocalDateTime end = LocalDateTime.ofInstant(item.time().end(), zone);
        String from = oneDay ? HOUR.format(start) : DAY_HOUR.format(start);
        String to = start.toLocalDate().equals(end.toLocalDate()) ? HOUR.format(end) : DAY_HOUR.format(end);
        return "\u201C" + item.title() + "\u201D (" + from + "\u2013" + to + ")";
    }

    private String when(Instant instant) {
        return instant == null ? "\u2014" : DAY_HOUR.format(LocalDateTime.ofInstant(instant, zone));
    }

    private static String fingerprint(Object... facts) {
        StringBuilder sb = new StringBuilder();
        for (Object fact : facts) {
            sb.append(fact).append('|');
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            // 16 bytes are plenty to tell one set of facts from another, and keep the stored column short
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
