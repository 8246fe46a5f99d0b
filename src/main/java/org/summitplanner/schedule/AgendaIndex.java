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
    /** The id of each item. */
    final long[] id;
    /**
     * The person of each naming as a position in {@link #people} (-1 for an id the summit does not hold),
     * item by item: the namings of item i are {@code namings[namingStart[i] .. namingStart[i + 1])}.
     */
    final int[] namings;
    final int[] namingStart;
    /** The label of each item among findings' arguments, made when a finding first names it (SummitFacts). */
    Label[] labels;
    /** The room of each item as a position in {@link #rooms}, or -1 (none, or not the summit's). */
    final int[] room;
    /** The building of each item's room as a small number, or -1 when the item has no room or the room no building. */
    final int[] building;

    final Attendee[] people;
    /** The position in {@link #people} of an attendee id (its last, should ids repeat), or -1. */
    private final IdIndex personOf;
    final int[] personStart;
    final int[] byPerson;

    final Room[] rooms;
    final int[] roomStart;
    final int[] byRoom;

    AgendaIndex(List<AgendaItem> agenda, List<Attendee> attendees, List<Room> roomList) {
        // sorted by start, end and id as numbers, which is SummitFacts.BY_START for any date before 2262
        AgendaItem[] given = agenda.toArray(AgendaItem[]::new);
        int n = given.length;
        long[] givenStart = new long[n];
        long[] givenEnd = new long[n];
        long[] givenId = new long[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            givenStart[i] = nanos(given[i].time().start());
            givenEnd[i] = nanos(given[i].time().end());
            givenId[i] = given[i].id();
            order[i] = i;
        }
        sort(order, givenStart, givenEnd, givenId);
        items = new AgendaItem[n];
        start = new long[n];
        end = new long[n];
        id = new long[n];
        building = new int[n];
        for (int i = 0; i < n; i++) {
            int g = order[i];
            items[i] = given[g];
            start[i] = givenStart[g];
            end[i] = givenEnd[g];
            id[i] = givenId[g];
        }

        people = attendees.toArray(Attendee[]::new);
        long[] personIds = new long[people.length];
        for (int p = 0; p < people.length; p++) {
            personIds[p] = people[p].id();
        }
        personOf = IdIndex.of(personIds);
        rooms = roomList.toArray(Room[]::new);
        long[] roomIds = new long[rooms.length];
        for (int r = 0; r < rooms.length; r++) {
            roomIds[r] = rooms[r].id();
        }
        IdIndex roomOf = IdIndex.of(roomIds);
        Map<String, Integer> buildings = new HashMap<>();
        int[] roomBuilding = new int[rooms.length];
        for (int r = 0; r < rooms.length; r++) {
            String b = rooms[r].building();
            roomBuilding[r] = b == null ? -1 : buildings.computeIfAbsent(b, k -> buildings.size());
        }

        room = new int[n];
        int[] personCount = new int[people.length + 1];
        int[] roomCount = new int[rooms.length + 1];
        int named = 0;
        for (AgendaItem item : items) {
            named += item.attendeeIds().size();
        }
        // the person of each naming, in item order, so that the second pass looks nobody up again
        namings = new int[named];
        namingStart = new int[n + 1];
        int m = 0;
        for (int i = 0; i < n; i++) {
            AgendaItem item = items[i];
            namingStart[i] = m;
            Long roomId = item.roomId();
            int r = roomId == null ? -1 : roomOf.get(roomId);
            room[i] = r;
            building[i] = r < 0 ? -1 : roomBuilding[r];
            if (r >= 0) {
                roomCount[r + 1]++;
            }
            List<Long> ids = item.attendeeIds();
            // by position: an iterator per item is not always optimised away
            for (int k = 0, size = ids.size(); k < size; k++) {
                int p = personOf.get(ids.get(k));
                namings[m++] = p;
                if (p >= 0) {
                    personCount[p + 1]++;
                }
            }
        }
        namingStart[n] = m;
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
            for (int k = namingStart[i + 1] - namingStart[i]; k > 0; k--) {
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
        id = new long[n];
        for (int i = 0; i < n; i++) {
            start[i] = nanos(sorted[i].time().start());
            end[i] = nanos(sorted[i].time().end());
            id[i] = sorted[i].id();
        }
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        room = null;
        personOf = null;
        namings = null;
        namingStart = null;
        people = new Attendee[0];
        personStart = new int[] {0};
        byPerson = all;
        rooms = new Room[0];
        roomStart = new int[] {0};
        byRoom = all;
    }

    /** The position in {@link #people} whose items {@code byPerson} lists for this attendee id, or -1. */
    int person(long id) {
        return personOf == null ? -1 : personOf.get(id);
    }

    /**
     * Id to position without boxing: the ids of one summit's rows are dense (database identities or a
     * file's positions), so a plain array from the smallest id does when they span at most four times
     * their number, and an open-addressing table of longs otherwise; -1 for an id it does not hold.
     */
    private static class IdIndex {
        private final long[] keys;
        private final int[] values;
        private final int mask;

        /** The positions of the ids (the last, should one repeat). */
        static IdIndex of(long[] ids) {
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            for (long id : ids) {
                min = Math.min(min, id);
                max = Math.max(max, id);
            }
            IdIndex index = ids.length > 0 && max - min >= 0 && max - min < 4L * ids.length + 64
                    ? new Dense(min, (int) (max - min + 1)) : new IdIndex(ids.length);
            for (int p = 0; p < ids.length; p++) {
                index.put(ids[p], p);
            }
            return index;
        }

        private IdIndex(long[] keys, int[] values) {
            this.keys = keys;
            this.values = values;
            this.mask = 0;
        }

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

    /** Ids from {@code min} to {@code min + size - 1}, each at its offset from the smallest. */
    private static final class Dense extends IdIndex {
        private final long min;
        private final int[] at;

        Dense(long min, int size) {
            super(null, null);
            this.min = min;
            this.at = new int[size];
            java.util.Arrays.fill(at, -1);
        }

        @Override
        void put(long key, int value) {
            at[(int) (key - min)] = value;
        }

        @Override
        int get(long key) {
            long offset = key - min;
            return offset >= 0 && offset < at.length ? at[(int) offset] : -1;
        }
    }

    /** Sorts positions by start, then end, then id (a merge sort on the numbers: no boxing, no comparator). */
    private static void sort(int[] order, long[] start, long[] end, long[] id) {
        int[] work = order.clone();
        mergeSort(work, order, 0, order.length, start, end, id);
    }

    /** Sorts {@code to[lo..hi)}, with {@code from} holding the same positions as scratch. */
    private static void mergeSort(int[] from, int[] to, int lo, int hi, long[] start, long[] end, long[] id) {
        if (hi - lo < 16) {
            for (int i = lo + 1; i < hi; i++) {
                int x = to[i];
                int j = i;
                while (j > lo && before(x, to[j - 1], start, end, id)) {
                    to[j] = to[j - 1];
                    j--;
                }
                to[j] = x;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(to, from, lo, mid, start, end, id);
        mergeSort(to, from, mid, hi, start, end, id);
        if (!before(from[mid], from[mid - 1], start, end, id)) {
            System.arraycopy(from, lo, to, lo, hi - lo);
            return;
        }
        for (int i = lo, p = lo, q = mid; i < hi; i++) {
            to[i] = q >= hi || p < mid && !before(from[q], from[p], start, end, id) ? from[p++] : from[q++];
        }
    }

    private static boolean before(int x, int y, long[] start, long[] end, long[] id) {
        if (start[x] != start[y]) {
            return start[x] < start[y];
        }
        if (end[x] != end[y]) {
            return end[x] < end[y];
        }
        return id[x] < id[y];
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
