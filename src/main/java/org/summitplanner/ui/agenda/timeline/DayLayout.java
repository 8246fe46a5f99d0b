package org.summitplanner.ui.agenda.timeline;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Where everything of one day goes, in columns and minutes of the day, before any pixel: which
 * columns there are, the hours the axis spans, and for every item its column, its clipped minutes
 * and its lane among the items it overlaps. Built in O(n log n): one sort and one sweep per column.
 */
final class DayLayout {

    static final int MINUTES_PER_DAY = 24 * 60;

    /** A column: a room, or the leading "No room" column (roomId 0). */
    record Column(long roomId, String name, int capacity) {
        boolean noRoom() {
            return roomId == 0;
        }
    }

    /**
     * An item placed in its column. {@code startMinute}/{@code endMinute} are clipped to the day;
     * {@code lanes} is the width of its group of overlapping items (1 = no clash).
     */
    record Placed(TimelineItem item, int column, int startMinute, int endMinute, int lane, int lanes) {
        boolean clash() {
            return lanes > 1;
        }
    }

    private final List<Column> columns;
    private final List<List<Placed>> byColumn;
    private final List<Placed> inReadingOrder;
    private final Map<Long, Placed> byId;
    private final int firstMinute;
    private final int lastMinute;

    private DayLayout(List<Column> columns, List<List<Placed>> byColumn, int firstMinute,
                      int lastMinute) {
        this.columns = columns;
        this.byColumn = byColumn;
        this.firstMinute = firstMinute;
        this.lastMinute = lastMinute;
        List<Placed> all = new ArrayList<>();
        byColumn.forEach(all::addAll);
        all.sort(READING_ORDER);
        inReadingOrder = List.copyOf(all);
        byId = new HashMap<>();
        all.forEach(p -> byId.put(p.item().id(), p));
    }

    private static final Comparator<Placed> READING_ORDER = Comparator.comparingInt(Placed::startMinute)
            .thenComparingInt(Placed::column).thenComparingInt(Placed::lane);

    /**
     * @param fromMinute where the axis starts at the latest (07:00 = 420)
     * @param toMinute where it ends at the earliest; both are widened to whole hours that fit every item
     */
    static DayLayout of(LocalDate day, List<TimelineRoom> rooms, List<TimelineItem> items, int fromMinute,
                        int toMinute) {
        Set<Long> roomIds = new HashSet<>();
        rooms.forEach(r -> roomIds.add(r.id()));
        List<Slot> slots = new ArrayList<>();
        boolean anyWithoutRoom = false;
        int first = fromMinute;
        int last = toMinute;
        if (day != null) {
            LocalDateTime dayStart = day.atStartOfDay();
            LocalDateTime dayEnd = dayStart.plusDays(1);
            for (TimelineItem item : items) {
                LocalDateTime end = item.end().isBefore(item.start()) ? item.start() : item.end();
                boolean onDay = item.start().isBefore(dayEnd)
                        && (end.isAfter(dayStart) || !item.start().isBefore(dayStart));
                if (!onDay) {
                    continue;
                }
                int start = minuteOf(dayStart, item.start());
                int stop = Math.max(start, minuteOf(dayStart, end));
                boolean roomless = !roomIds.contains(item.roomId());
                anyWithoutRoom |= roomless;
                slots.add(new Slot(item, roomless ? 0 : item.roomId(), start, stop));
                first = Math.min(first, start / 60 * 60);
                last = Math.max(last, (stop + 59) / 60 * 60);
            }
        }
        List<Column> columns = new ArrayList<>();
        if (anyWithoutRoom) {
            columns.add(new Column(0, null, 0));
        }
        rooms.forEach(r -> columns.add(new Column(r.id(), r.name(), r.capacity())));
        Map<Long, Integer> columnOf = new HashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            columnOf.putIfAbsent(columns.get(c).roomId(), c);
        }
        List<List<Slot>> slotsByColumn = new ArrayList<>();
        columns.forEach(c -> slotsByColumn.add(new ArrayList<>()));
        slots.forEach(s -> slotsByColumn.get(columnOf.get(s.roomId)).add(s));
        List<List<Placed>> byColumn = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            byColumn.add(lanes(c, slotsByColumn.get(c)));
        }
        return new DayLayout(List.copyOf(columns), byColumn, Math.max(0, first),
                Math.min(MINUTES_PER_DAY, Math.max(last, first + 60)));
    }

    private record Slot(TimelineItem item, long roomId, int start, int end) {
        /** Lanes go by what is drawn: a zero-length item still takes a sliver of height. */
        int drawnEnd() {
            return Math.max(end, start + 1);
        }
    }

    /**
     * The interval sweep: items sorted by start; a group of overlapping items closes when the next
     * start reaches the group's furthest end; inside a group each item takes the lowest free lane,
     * and the group's width in lanes is known when it closes.
     */
    private static List<Placed> lanes(int column, List<Slot> slots) {
        // the longer of two items starting together takes the left lane, as in most calendars
        slots.sort(Comparator.comparingInt(Slot::start).thenComparing(Comparator.comparingInt(Slot::end).reversed())
                .thenComparingLong(s -> s.item().id()));
        List<Placed> placed = new ArrayList<>(slots.size());
        PriorityQueue<int[]> busy = new PriorityQueue<>(Comparator.comparingInt((int[] lane) -> lane[0]));
        PriorityQueue<Integer> free = new PriorityQueue<>();
        List<Slot> group = new ArrayList<>();
        List<Integer> groupLane = new ArrayList<>();
        int groupEnd = Integer.MIN_VALUE;
        int lanes = 0;
        for (Slot slot : slots) {
            if (slot.start() >= groupEnd) {
                close(column, group, groupLane, lanes, placed);
                busy.clear();
                free.clear();
                lanes = 0;
            }
            while (!busy.isEmpty() && busy.peek()[0] <= slot.start()) {
                free.add(busy.poll()[1]);
            }
            int lane = free.isEmpty() ? lanes++ : free.poll();
            busy.add(new int[] {slot.drawnEnd(), lane});
            group.add(slot);
            groupLane.add(lane);
            groupEnd = Math.max(groupEnd, slot.drawnEnd());
        }
        close(column, group, groupLane, lanes, placed);
        return placed;
    }

    private static void close(int column, List<Slot> group, List<Integer> groupLane, int lanes, List<Placed> placed) {
        for (int i = 0; i < group.size(); i++) {
            Slot s = group.get(i);
            placed.add(new Placed(s.item(), column, s.start(), s.end(), groupLane.get(i), lanes));
        }
        group.clear();
        groupLane.clear();
    }

    private static int minuteOf(LocalDateTime dayStart, LocalDateTime t) {
        long minutes = Duration.between(dayStart, t).toMinutes();
        return (int) Math.max(0, Math.min(MINUTES_PER_DAY, minutes));
    }

    /** The item Tab (+1) or Shift+Tab (-1) goes to, or null past either end. */
    Placed step(Placed from, int direction) {
        if (from == null) {
            return inReadingOrder.isEmpty() ? null : inReadingOrder.get(direction > 0 ? 0 : inReadingOrder.size() - 1);
        }
        int at = indexIn(inReadingOrder, from, READING_ORDER);
        int to = at + direction;
        return to < 0 || to >= inReadingOrder.size() ? null : inReadingOrder.get(to);
    }

    /** The item above (-1) or below (+1) in the same column, or null. */
    Placed vertical(Placed from, int direction) {
        List<Placed> column = byColumn.get(from.column());
        int to = indexIn(column, from, IN_COLUMN) + direction;
        return to < 0 || to >= column.size() ? null : column.get(to);
    }

    /**
     * The item in the nearest column to the left (-1) or right (+1) that has any, starting
     * closest to {@code from}'s start; null when there is none.
     */
    Placed horizontal(Placed from, int direction) {
        for (int c = from.column() + direction; c >= 0 && c < columns.size(); c += direction) {
            List<Placed> column = byColumn.get(c);
            if (column.isEmpty()) {
                continue;
            }
            int lo = 0;
            int hi = column.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (column.get(mid).startMinute() < from.startMinute()) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            if (lo == column.size()) {
                return column.get(lo - 1);
            }
            if (lo > 0 && from.startMinute() - column.get(lo - 1).startMinute()
                    < column.get(lo).startMinute() - from.startMinute()) {
                return column.get(lo - 1);
            }
            return column.get(lo);
        }
        return null;
    }

    /** The order of {@link #lanes}' sort. */
    private static final Comparator<Placed> IN_COLUMN = Comparator.comparingInt(Placed::startMinute)
            .thenComparing(Comparator.comparingInt(Placed::endMinute).reversed())
            .thenComparingLong(p -> p.item().id());

    private static int indexIn(List<Placed> sorted, Placed p, Comparator<Placed> order) {
        int i = Collections.binarySearch(sorted, p, order);
        if (i >= 0 && sorted.get(i) == p) {
            return i;
        }
        return sorted.indexOf(p);
    }

    List<Column> columns() {
        return columns;
    }

    List<Placed> inColumn(int column) {
        return byColumn.get(column);
    }

    /** Every placed item by start, then column: the order Tab walks. */
    List<Placed> inReadingOrder() {
        return inReadingOrder;
    }

    Placed placed(Long itemId) {
        return itemId == null ? null : byId.get(itemId);
    }

    int firstMinute() {
        return firstMinute;
    }

    int lastMinute() {
        return lastMinute;
    }
}
