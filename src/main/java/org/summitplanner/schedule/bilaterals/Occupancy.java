package org.summitplanner.schedule.bilaterals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.Room;

/**
 * When each person and each room is taken, as the scheduling checks see it: a person is taken by the
 * items that name them (as ScheduleChecks indexes people) and by the items their whole delegation attends
 * (the checks count only the head there; every member here is stricter); a room by the items booked in it. Answers whether a new meeting would give a check a new finding: a double booking, a person
 * not yet arrived or gone, too little travel time between buildings. Times are epoch seconds.
 */
final class Occupancy {

    /** One taken interval; building null when the item has no room or its room no building. */
    record Busy(long start, long end, String building) {
    }

    private final Map<Long, List<Busy>> byPerson = new HashMap<>();
    private final Map<Long, List<Busy>> byRoom = new HashMap<>();
    private final Map<Long, Attendee> people;
    private final Map<Long, Room> rooms;
    private final long transfer;

    Occupancy(List<AgendaItem> agenda, Map<Long, Attendee> people, Map<Long, Room> rooms, long transferSeconds) {
        this.people = people;
        this.rooms = rooms;
        this.transfer = transferSeconds;
        Map<String, List<Long>> members = new HashMap<>();
        people.values().forEach(a -> members.computeIfAbsent(a.nation(), k -> new ArrayList<>()).add(a.id()));
        for (AgendaItem item : agenda) {
            Room room = item.roomId() == null ? null : rooms.get(item.roomId());
            List<Long> taken = item.attendeeIds();
            if (!item.nations().isEmpty()) {
                // whole delegations too: the checks count the head of a delegation taking part as a whole
                // (0045), and every member here, which is stricter than the checks, so safe
                java.util.Set<Long> all = new java.util.LinkedHashSet<>(taken);
                item.nations().forEach(n -> all.addAll(members.getOrDefault(n, List.of())));
                taken = List.copyOf(all);
            }
            add(item.time().start().getEpochSecond(), item.time().end().getEpochSecond(), room, taken);
        }
    }

    private Occupancy(Occupancy other) {
        this.people = other.people;
        this.rooms = other.rooms;
        this.transfer = other.transfer;
        other.byPerson.forEach((k, v) -> byPerson.put(k, new ArrayList<>(v)));
        other.byRoom.forEach((k, v) -> byRoom.put(k, new ArrayList<>(v)));
    }

    Occupancy copy() {
        return new Occupancy(this);
    }

    long transfer() {
        return transfer;
    }

    void add(long start, long end, Room room, List<Long> attendeeIds) {
        String building = room == null ? null : room.building();
        if (room != null) {
            byRoom.computeIfAbsent(room.id(), k -> new ArrayList<>()).add(new Busy(start, end, building));
        }
        for (long id : attendeeIds) {
            byPerson.computeIfAbsent(id, k -> new ArrayList<>()).add(new Busy(start, end, building));
        }
    }

    /** Whether the person is there for the whole time (arrival and departure, where recorded). */
    boolean present(long person, long start, long end) {
        Attendee a = people.get(person);
        return a != null && (a.arrivesAt() == null || a.arrivesAt().getEpochSecond() <= start)
                && (a.departsAt() == null || a.departsAt().getEpochSecond() >= end);
    }

    /** Whether the person has nothing at that time (the building unknown: overlap only). */
    boolean personFree(long person, long start, long end) {
        for (Busy b : byPerson.getOrDefault(person, List.of())) {
            if (b.start < end && start < b.end) {
                return false;
            }
        }
        return true;
    }

    /** Whether the person can be in a room of {@code building} at that time: present, free, time to travel. */
    boolean personFits(long person, long start, long end, String building) {
        if (!present(person, start, end)) {
            return false;
        }
        for (Busy b : byPerson.getOrDefault(person, List.of())) {
            if (clash(start, end, building, b.start, b.end, b.building, transfer)) {
                return false;
            }
        }
        return true;
    }

    boolean roomFree(long room, long start, long end) {
        for (Busy b : byRoom.getOrDefault(room, List.of())) {
            if (b.start < end && start < b.end) {
                return false;
            }
        }
        return true;
    }

    /** Items of the person or in the room that end or start less than {@code gap} seconds from the meeting. */
    int tightTurnovers(List<Long> persons, long room, long start, long end, long gap) {
        int n = 0;
        for (long p : persons) {
            n += tight(byPerson.getOrDefault(p, List.of()), start, end, gap);
        }
        return n + tight(byRoom.getOrDefault(room, List.of()), start, end, gap);
    }

    private static int tight(List<Busy> list, long start, long end, long gap) {
        int n = 0;
        for (Busy b : list) {
            if (tight(start, end, b.start, b.end, gap)) {
                n++;
            }
        }
        return n;
    }

    /** Two intervals that do not overlap but leave less than {@code gap} between them. */
    static boolean tight(long s1, long e1, long s2, long e2, long gap) {
        long between = s2 >= e1 ? s2 - e1 : s1 - e2;
        return between >= 0 && between < gap;
    }

    /**
     * What the checks find for one person's two items: a double booking when they overlap, too little
     * travel time when both rooms have a building, the buildings differ, and less than the transfer time
     * lies between them (ScheduleChecks flags exactly such consecutive pairs; a pair with another item
     * between them is refused here too, which is stricter and so safe).
     */
    static boolean clash(long s1, long e1, String b1, long s2, long e2, String b2, long transfer) {
        if (s1 < e2 && s2 < e1) {
            return true;
        }
        if (transfer <= 0 || b1 == null || b2 == null || Objects.equals(b1, b2)) {
            return false;
        }
        long between = s2 >= e1 ? s2 - e1 : s1 - e2;
        return between < transfer;
    }
}
