package org.summitplanner.schedule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.Participation;
import org.summitplanner.model.Room;
import org.summitplanner.model.Summit;
import org.summitplanner.model.SummitContent;

/**
 * One summit and its findings kept in memory and up to date as it is edited: each change (an item, an
 * attendee, a room or a participation put or removed) re-checks only what it touches, and
 * {@link #findings()} is then what {@link ScheduleChecks} would find on the whole summit as it is now
 * (the differential test holds them to that).
 *
 * <p>Every finding belongs to exactly one scope, whose findings depend on nothing outside what the scope
 * re-reads: a <em>person</em> (double bookings, presence, press, travel: the items naming them, their
 * rooms' buildings), a <em>room</em> (its double bookings), an <em>item</em> (capacity, the summit's
 * days) and a <em>nation</em> (standing, head, confirmed without delegation). A change marks the scopes
 * it can reach; moving one item re-checks its people, its old and new room and itself, a few dozen items
 * in all at UN scale.
 *
 * <p>A change of the summit itself (days, time zone, transfer time) is a new summit: build another one
 * with {@link #of}. Not thread-safe: one caller at a time.
 */
public final class IncrementalChecks {

    private final Summit summit;
    private final long transfer;
    private final SummitFacts facts;

    private final TreeMap<Long, AgendaItem> items = new TreeMap<>();
    private final TreeMap<Long, Attendee> attendees = new TreeMap<>();
    private final TreeMap<Long, Room> rooms = new TreeMap<>();
    private final TreeMap<Long, Participation> participations = new TreeMap<>();

    /** Items naming each attendee id (known or not), in a room, listing a nation as a whole. */
    private final Map<Long, Set<Long>> byPerson = new HashMap<>();
    private final Map<Long, Set<Long>> byRoom = new HashMap<>();
    private final Map<String, Set<Long>> byNation = new HashMap<>();
    private final Map<String, Integer> buildings = new HashMap<>();

    private final Map<Long, List<Finding>> personFindings = new HashMap<>();
    private final Map<Long, List<Finding>> roomFindings = new HashMap<>();
    private final Map<Long, List<Finding>> itemFindings = new HashMap<>();
    private final Map<String, List<Finding>> nationFindings = new HashMap<>();
    /** Every finding in the checks' order; (rule, subject) is unique. */
    private final TreeSet<Finding> all = new TreeSet<>(Finding.ORDER);

    private final Set<Long> dirtyPeople = new HashSet<>();
    private final Set<Long> dirtyRooms = new HashSet<>();
    private final Set<Long> dirtyItems = new HashSet<>();
    private final Set<String> dirtyNations = new HashSet<>();
    private final ScheduleChecks.Scratch scratch = new ScheduleChecks.Scratch();

    private IncrementalChecks(SummitContent content) {
        this.summit = content.summit();
        this.transfer = content.summit().transferTime().toNanos();
        this.facts = new SummitFacts(content, content.summit().transferTime());
        content.participations().forEach(p -> participations.put(p.id(), p));
        content.rooms().forEach(r -> rooms.put(r.id(), r));
        content.attendees().forEach(a -> attendees.put(a.id(), a));
        for (AgendaItem item : content.agenda()) {
            items.put(item.id(), item);
            index(item);
        }
    }

    /** Checks the whole summit once, with its own transfer time; later changes re-check what they touch. */
    public static IncrementalChecks of(SummitContent content) {
        IncrementalChecks checks = new IncrementalChecks(content);
        List<Finding> found = new ScheduleChecks().check(content, content.summit().transferTime());
        for (Finding f : found) {
            checks.scopeOf(f).add(f);
        }
        checks.all.addAll(found);
        return checks;
    }

    public Summit summit() {
        return summit;
    }

    /** The findings of the summit as it is now, in the checks' order. */
    public List<Finding> findings() {
        return new ArrayList<>(all);
    }

    /** How many findings there are now. */
    public int size() {
        return all.size();
    }

    /** The summit as it is now, each list in id order (as the store reads it). */
    public SummitContent content() {
        return new SummitContent(summit, new ArrayList<>(participations.values()), new ArrayList<>(rooms.values()),
                new ArrayList<>(attendees.values()), new ArrayList<>(items.values()));
    }

    public AgendaItem item(long id) {
        return items.get(id);
    }

    public Attendee attendee(long id) {
        return attendees.get(id);
    }

    public Room room(long id) {
        return rooms.get(id);
    }

    public Participation participation(long id) {
        return participations.get(id);
    }

    /** Ids of the items that name the attendee, as far as this summit knows. */
    public Set<Long> itemsNaming(long attendeeId) {
        return Set.copyOf(byPerson.getOrDefault(attendeeId, Set.of()));
    }

    /** Ids of the items placed in the room. */
    public Set<Long> itemsIn(long roomId) {
        return Set.copyOf(byRoom.getOrDefault(roomId, Set.of()));
    }

    /** Ids of every item, attendee, room and participation held, for comparing with what is stored. */
    public Set<Long> itemIds() {
        return items.keySet();
    }

    public Set<Long> attendeeIds() {
        return attendees.keySet();
    }

    public Set<Long> roomIds() {
        return rooms.keySet();
    }

    public Set<Long> participationIds() {
        return participations.keySet();
    }

    // ---- changes ----

    /** An item added or changed. */
    public void putItem(AgendaItem now) {
        AgendaItem before = items.put(now.id(), now);
        if (before != null) {
            unindex(before);
        }
        index(now);
        touchedItem(before, now);
        settle();
    }

    public void removeItem(long id) {
        AgendaItem before = items.remove(id);
        if (before != null) {
            unindex(before);
            touchedItem(before, null);
            settle();
        }
    }

    /** An attendee added or changed. */
    public void putAttendee(Attendee now) {
        Attendee before = attendees.put(now.id(), now);
        facts.putAttendee(before, now);
        dirtyPeople.add(now.id());
        if (before == null || !before.nation().equals(now.nation())) {
            delegationChanged(now.id(), before == null ? null : before.nation());
            delegationChanged(now.id(), now.nation());
        } else if (before.headOfDelegation() != now.headOfDelegation()) {
            dirtyNations.add(now.nation());
        }
        settle();
    }

    public void removeAttendee(long id) {
        Attendee before = attendees.remove(id);
        if (before != null) {
            facts.removeAttendee(before);
            dirtyPeople.add(id);
            delegationChanged(id, before.nation());
            settle();
        }
    }

    /** A room added or changed. */
    public void putRoom(Room now) {
        Room before = rooms.put(now.id(), now);
        facts.putRoom(now);
        boolean moved = before == null || !Objects.equals(before.building(), now.building());
        roomChanged(now.id(), moved);
        settle();
    }

    public void removeRoom(long id) {
        if (rooms.remove(id) != null) {
            facts.removeRoom(id);
            roomChanged(id, true);
            settle();
        }
    }

    /** A nation's participation added or changed. */
    public void putParticipation(Participation now) {
        Participation before = participations.put(now.id(), now);
        if (before != null && !before.nation().equals(now.nation())) {
            facts.setStatus(before.nation(), null);
            dirtyNations.add(before.nation());
        }
        facts.setStatus(now.nation(), now.status());
        dirtyNations.add(now.nation());
        settle();
    }

    public void removeParticipation(long id) {
        Participation before = participations.remove(id);
        if (before != null) {
            facts.setStatus(before.nation(), null);
            dirtyNations.add(before.nation());
            settle();
        }
    }

    // ---- what a change touches ----

    private void touchedItem(AgendaItem before, AgendaItem now) {
        AgendaItem any = now != null ? now : before;
        dirtyItems.add(any.id());
        for (AgendaItem item : new AgendaItem[] {before, now}) {
            if (item != null) {
                dirtyPeople.addAll(item.attendeeIds());
                if (item.roomId() != null) {
                    dirtyRooms.add(item.roomId());
                }
                // the heads of the delegations taking part as a whole attend it too
                for (String nation : item.nations()) {
                    for (Attendee member : facts.delegations().getOrDefault(nation, List.of())) {
                        if (member.headOfDelegation()) {
                            dirtyPeople.add(member.id());
                        }
                    }
                }
            }
        }
        // where nations appear changes only with who takes part, not with the time or the room
        boolean samePeople = before != null && now != null
                && Set.copyOf(before.attendeeIds()).equals(Set.copyOf(now.attendeeIds()))
                && Set.copyOf(before.nations()).equals(Set.copyOf(now.nations()));
        if (!samePeople) {
            for (AgendaItem item : new AgendaItem[] {before, now}) {
                if (item != null) {
                    dirtyNations.addAll(item.nations());
                    for (long id : item.attendeeIds()) {
                        Attendee a = attendees.get(id);
                        if (a != null) {
                            dirtyNations.add(a.nation());
                        }
                    }
                }
            }
        }
    }

    /** A member joined or left a nation's delegation: its size counts for seats, its people for its standing. */
    private void delegationChanged(long attendeeId, String nation) {
        dirtyItems.addAll(byPerson.getOrDefault(attendeeId, Set.of()));
        if (nation != null) {
            dirtyNations.add(nation);
            dirtyItems.addAll(byNation.getOrDefault(nation, Set.of()));
        }
    }

    /** @param moved the room's building may have changed: the people meeting there walk other distances */
    private void roomChanged(long roomId, boolean moved) {
        dirtyRooms.add(roomId);
        Set<Long> placed = byRoom.getOrDefault(roomId, Set.of());
        dirtyItems.addAll(placed);
        if (moved) {
            for (long id : placed) {
                dirtyPeople.addAll(items.get(id).attendeeIds());
            }
        }
    }

    private void index(AgendaItem item) {
        for (long id : item.attendeeIds()) {
            byPerson.computeIfAbsent(id, k -> new HashSet<>()).add(item.id());
        }
        if (item.roomId() != null) {
            byRoom.computeIfAbsent(item.roomId(), k -> new HashSet<>()).add(item.id());
        }
        for (String nation : item.nations()) {
            byNation.computeIfAbsent(nation, k -> new HashSet<>()).add(item.id());
        }
    }

    private void unindex(AgendaItem item) {
        for (long id : item.attendeeIds()) {
            remove(byPerson, id, item.id());
        }
        if (item.roomId() != null) {
            remove(byRoom, item.roomId(), item.id());
        }
        for (String nation : item.nations()) {
            remove(byNation, nation, item.id());
        }
    }

    private static <K> void remove(Map<K, Set<Long>> index, K key, long itemId) {
        Set<Long> ids = index.get(key);
        if (ids != null) {
            ids.remove(itemId);
            if (ids.isEmpty()) {
                index.remove(key);
            }
        }
    }

    // ---- re-checking the touched scopes ----

    private void settle() {
        for (long id : dirtyItems) {
            List<Finding> out = new ArrayList<>(2);
            AgendaItem item = items.get(id);
            if (item != null) {
                ScheduleChecks.item(facts, item, out);
            }
            replace(itemFindings, id, out);
        }
        for (long id : dirtyPeople) {
            replace(personFindings, id, person(id));
        }
        for (long id : dirtyRooms) {
            List<Finding> out = new ArrayList<>();
            Room room = rooms.get(id);
            if (room != null) {
                AgendaIndex index = sweep(byRoom.get(id));
                ScheduleChecks.room(facts, room, index, index.byRoom, 0, index.items.length, out);
            }
            replace(roomFindings, id, out);
        }
        for (String nation : dirtyNations) {
            List<Finding> out = new ArrayList<>(2);
            ScheduleChecks.nation(facts, nation, facts.standingMatters(nation) ? appearances(nation) : Set.of(), out);
            replace(nationFindings, nation, out);
        }
        dirtyItems.clear();
        dirtyPeople.clear();
        dirtyRooms.clear();
        dirtyNations.clear();
    }

    private List<Finding> person(long id) {
        Attendee a = attendees.get(id);
        Set<Long> named = byPerson.get(id);
        // a head of delegation also attends the items listing the delegation as a whole
        Set<Long> whole = a != null && a.headOfDelegation() ? byNation.get(a.nation()) : null;
        if (a == null || named == null && whole == null) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        if (whole == null) {
            AgendaIndex index = sweep(named);
            ScheduleChecks.person(facts, a, index, index.byPerson, 0, index.items.length, transfer, scratch, out);
            return out;
        }
        Set<Long> attended = new HashSet<>(whole);
        if (named != null) {
            attended.addAll(named);
        }
        AgendaIndex index = sweep(attended);
        int[] namedList = new int[index.items.length];
        int[] wholeList = new int[index.items.length];
        int n = 0;
        int w = 0;
        for (int i = 0; i < index.items.length; i++) {
            if (named != null && named.contains(index.id[i])) {
                namedList[n++] = i;
            }
            if (whole.contains(index.id[i])) {
                wholeList[w++] = i;
            }
        }
        ScheduleChecks.person(facts, a, index, namedList, 0, n, transfer, scratch, out);
        ScheduleChecks.headDoubleBooked(facts, a, index, namedList, 0, n, wholeList, w, scratch, out);
        return out;
    }

    /** The items in start order with their buildings, as the full check would sweep them. */
    private AgendaIndex sweep(Collection<Long> ids) {
        if (ids == null) {
            return new AgendaIndex(new AgendaItem[0], new int[0]);
        }
        AgendaItem[] sorted = new AgendaItem[ids.size()];
        int n = 0;
        for (long id : ids) {
            sorted[n++] = items.get(id);
        }
        java.util.Arrays.sort(sorted, SummitFacts.BY_START);
        int[] building = new int[n];
        for (int i = 0; i < n; i++) {
            Room room = sorted[i].roomId() == null ? null : rooms.get(sorted[i].roomId());
            building[i] = room == null || room.building() == null ? -1
                    : buildings.computeIfAbsent(room.building(), b -> buildings.size());
        }
        return new AgendaIndex(sorted, building);
    }

    /** The items a nation appears on: listed as a whole or through a member named on them. */
    private Set<Long> appearances(String nation) {
        Set<Long> ids = new HashSet<>(byNation.getOrDefault(nation, Set.of()));
        for (Attendee member : facts.delegations().getOrDefault(nation, List.of())) {
            ids.addAll(byPerson.getOrDefault(member.id(), Set.of()));
        }
        return ids;
    }

    private <K> void replace(Map<K, List<Finding>> scope, K key, List<Finding> now) {
        List<Finding> before = now.isEmpty() ? scope.remove(key) : scope.put(key, now);
        if (before != null) {
            before.forEach(all::remove);
        }
        all.addAll(now);
    }

    /** The scope a finding of the full check belongs to, for the first check. */
    private List<Finding> scopeOf(Finding f) {
        return switch (f.rule()) {
            case ATTENDEE_DOUBLE_BOOKED, ATTENDEE_NOT_PRESENT, TOO_LITTLE_TRAVEL_TIME, CLOSED_SESSION_PRESS ->
                    personFindings.computeIfAbsent(f.attendeeIds().get(0), k -> new ArrayList<>());
            case ROOM_DOUBLE_BOOKED -> roomFindings.computeIfAbsent(f.roomIds().get(0), k -> new ArrayList<>());
            case ROOM_OVER_CAPACITY, OUTSIDE_SUMMIT_DAYS ->
                    itemFindings.computeIfAbsent(f.itemIds().get(0), k -> new ArrayList<>());
            case UNINVITED_DELEGATION, DECLINED_DELEGATION, INVITATION_UNANSWERED, CONFIRMED_WITHOUT_DELEGATION,
                 DELEGATION_WITHOUT_HEAD -> nationFindings.computeIfAbsent(f.nations().get(0), k -> new ArrayList<>());
            case BADGE_QUOTA_EXCEEDED -> throw new IllegalStateException("badge quotas are not checked from the content");
        };
    }
}
