package org.summitplanner.schedule;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.Room;

/**
 * The agenda sorted by start once, as arrays, with each person's and each room's items listed in
 * that order (compressed rows: the items of person p are {@code byPerson[personStart[p] ..
 * personStart[p + 1])}). Built in a few linear passes; the checks then sweep these lists without
 * allocating per person or per room, which is what keeps a UN-week check in milliseconds.
 */
final class AgendaIndex {

    final AgendaItem[] items;
    /** Start and end of each item in nanoseconds since the epoch (exact for any date before 2262). */
    final long[] start;
    final long[] end;
    /** The building of each item's room as a small number, or -1 when the item has no room or the room no building. */
    final int[] building;

    final Attendee[] people;
    final int[] personStart;
    final int[] byPerson;

    final Room[] rooms;
    final int[] roomStart;
    final int[] byRoom;

    AgendaIndex(List<AgendaItem> agenda, List<Attendee> attendees, List<Room> roomList) {
        items = agenda.toArray(AgendaItem[]::new);
        java.util.Arrays.sort(items, SummitFacts.BY_START);
        int n = items.length;
        start = new long[n];
        end = new long[n];
        building = new int[n];

        people = attendees.toArray(Attendee[]::new);
        IdIndex personOf = new IdIndex(people.length);
        for (int p = 0; p < people.length; p++) {
            personOf.put(people[p].id(), p);
        }
        rooms = roomList.toArray(Room[]::new);
        Map<Long, Integer> roomOf = new HashMap<>(rooms.length * 2);
        Map<String, Integer> buildings = new HashMap<>();
        int[] roomBuilding = new int[rooms.length];
        for (int r = 0; r < rooms.length; r++) {
            roomOf.put(rooms[r].id(), r);
            String b = rooms[r].building();
            roomBuilding[r] = b == null ? -1 : buildings.computeIfAbsent(b, k -> buildings.size());
        }

        int[] room = new int[n];
        int[] personCount = new int[people.length + 1];
        int[] roomCount = new int[rooms.length + 1];
        int named = 0;
        for (AgendaItem item : items) {
            named += item.attendeeIds().size();
        }
        // the person of each naming, in item order, so that the second pass looks nobody up again
        int[] namings = new int[named];
        int m = 0;
        for (int i = 0; i < n; i++) {
            AgendaItem item = items[i];
            start[i] = nanos(item.time().start());
            end[i] = nanos(item.time().end());
            Integer r = item.roomId() == null ? null : roomOf.get(item.roomId());
            room[i] = r == null ? -1 : r;
            building[i] = r == null ? -1 : roomBuilding[r];
            if (r != null) {
                roomCount[r + 1]++;
            }
            for (long id : item.attendeeIds()) {
                int p = personOf.get(id);
                namings[m++] = p;
                if (p >= 0) {
                    personCount[p + 1]++;
                }
            }
        }
        personStart = prefixSums(personCount);
        roomStart = prefixSums(roomCount);
        byPerson = new int[personStart[people.length]];
        byRoom = new int[roomStart[rooms.length]];
        int[] personFill = personStart.clone();
        int[] roomFill = roomStart.clone();
        // items in start order, so each person's and each room's list comes out in start order
        m = 0;
        for (int i = 0; i < n; i++) {
            if (room[i] >= 0) {
                byRoom[roomFill[room[i]]++] = i;
            }
            for (int k = items[i].attendeeIds().size(); k > 0; k--) {
                int p = namings[m++];
                if (p >= 0) {
                    byPerson[personFill[p]++] = i;
                }
            }
        }
    }

    /**
     * The items of one person or one room, already in {@link SummitFacts#BY_START} order, with their
     * buildings as numbers: what the incremental checks sweep again after an edit. {@code byPerson}
     * and {@code byRoom} list every item once, in order.
     */
    AgendaIndex(AgendaItem[] sorted, int[] building) {
        items = sorted;
        this.building = building;
        int n = sorted.length;
        start = new long[n];
        end = new long[n];
        for (int i = 0; i < n; i++) {
            start[i] = nanos(sorted[i].time().start());
            end[i] = nanos(sorted[i].time().end());
        }
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        people = new Attendee[0];
        personStart = new int[] {0};
        byPerson = all;
        rooms = new Room[0];
        roomStart = new int[] {0};
        byRoom = all;
    }

    /**
     * Id to position without boxing: the ids of one summit's rows are dense (database identities or a
     * file's positions), so an open-addressing table of longs does; -1 for an id it does not hold.
     */
    private static final class IdIndex {
        private final long[] keys;
        private final int[] values;
        private final int mask;

        IdIndex(int expected) {
            int size = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
            keys = new long[size];
            values = new int[size];
            mask = size - 1;
            java.util.Arrays.fill(values, -1);
        }

        void put(long key, int value) {
            int i = slot(key);
            while (values[i] >= 0 && keys[i] != key) {
                i = (i + 1) & mask;
            }
            keys[i] = key;
            values[i] = value;
        }

        int get(long key) {
            int i = slot(key);
            while (values[i] >= 0) {
                if (keys[i] == key) {
                    return values[i];
                }
                i = (i + 1) & mask;
            }
            return -1;
        }

        private int slot(long key) {
            long h = key * 0x9e3779b97f4a7c15L;
            return (int) (h ^ (h >>> 32)) & mask;
        }
    }

    private static int[] prefixSums(int[] counts) {
        for (int i = 1; i < counts.length; i++) {
            counts[i] += counts[i - 1];
        }
        return counts;
    }

    private static long nanos(Instant t) {
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }
}
