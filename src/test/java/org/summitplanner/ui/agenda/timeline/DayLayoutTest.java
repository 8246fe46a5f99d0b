package org.summitplanner.ui.agenda.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Columns, lanes and the axis of one day, without any pixel. */
class DayLayoutTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 11);
    private static final List<TimelineRoom> ROOMS = List.of(new TimelineRoom(1, "Salon Murat", 60),
            new TimelineRoom(2, "Salon vert", 8));

    @Test
    void itemsThatOnlyTouchDoNotClash() {
        DayLayout layout = layout(item(1, 1, "10:00", "11:00"), item(2, 1, "11:00", "12:00"));
        assertEquals(1, layout.placed(1L).lanes());
        assertEquals(1, layout.placed(2L).lanes());
        assertFalse(layout.placed(1L).clash());
    }

    @Test
    void overlapsShareTheColumnAndFreedLanesAreReused() {
        // 1 and 2 overlap; 3 starts when 2 ends and takes its lane back; 4 is alone later
        DayLayout layout = layout(item(1, 1, "09:00", "11:00"), item(2, 1, "09:00", "10:00"),
                item(3, 1, "10:00", "11:00"), item(4, 1, "14:00", "15:00"));
        assertEquals(List.of(0, 1, 1), List.of(layout.placed(1L).lane(), layout.placed(2L).lane(),
                layout.placed(3L).lane()));
        assertEquals(2, layout.placed(3L).lanes());
        assertEquals(1, layout.placed(4L).lanes());
        assertTrue(layout.placed(3L).clash());
    }

    @Test
    void aChainOfOverlapsIsOneGroupAsWideAsItsMostCrowdedMoment() {
        DayLayout layout = layout(item(1, 1, "09:30", "10:45"), item(2, 1, "10:00", "10:30"),
                item(3, 1, "10:15", "11:00"), item(5, 2, "10:00", "10:30"));
        assertEquals(3, layout.placed(1L).lanes());
        assertEquals(2, layout.placed(3L).lane());
        assertEquals(1, layout.placed(5L).lanes(), "another room is another column");
    }

    @Test
    void aNoRoomColumnLeadsOnlyWhenSomeItemHasNoKnownRoom() {
        assertEquals(2, layout(item(1, 1, "10:00", "11:00")).columns().size());
        DayLayout layout = layout(item(1, 0, "10:00", "11:00"), item(2, 99, "10:30", "11:00"));
        assertEquals(3, layout.columns().size());
        assertTrue(layout.columns().get(0).noRoom());
        assertEquals(0, layout.placed(2L).column(), "a room not in the list is shown as no room");
        assertEquals(2, layout.placed(2L).lanes());
    }

    @Test
    void theAxisWidensToWholeHoursAroundEveryItemAndOtherDaysAreLeftOut() {
        DayLayout layout = layout(item(1, 1, "06:40", "07:10"), item(2, 1, "22:30", "2025-03-12T01:00"),
                new TimelineItem(3, "yesterday", "MEAL", 1, at("2025-03-10T20:00"), at("2025-03-10T23:00"), false),
                new TimelineItem(4, "from yesterday", "OTHER", 2, at("2025-03-10T23:00"), at("01:30"), false));
        assertEquals(0, layout.firstMinute());
        assertEquals(24 * 60, layout.lastMinute());
        assertNull(layout.placed(3L));
        assertEquals(0, layout.placed(4L).startMinute());
        assertEquals(90, layout.placed(4L).endMinute());
        assertEquals(24 * 60, layout.placed(2L).endMinute());
        DayLayout plain = layout(item(1, 1, "09:00", "10:00"));
        assertEquals(7 * 60, plain.firstMinute());
        assertEquals(22 * 60, plain.lastMinute());
    }

    @Test
    void navigationFollowsTimeThenColumns() {
        DayLayout layout = layout(item(1, 1, "09:00", "10:00"), item(2, 2, "09:30", "10:00"),
                item(3, 1, "11:00", "12:00"), item(4, 2, "12:00", "13:00"));
        assertEquals(2L, layout.step(layout.placed(1L), 1).item().id());
        assertEquals(3L, layout.step(layout.placed(2L), 1).item().id());
        assertNull(layout.step(layout.placed(4L), 1), "Tab leaves the timeline after the last block");
        assertEquals(3L, layout.vertical(layout.placed(1L), 1).item().id());
        assertEquals(4L, layout.horizontal(layout.placed(3L), 1).item().id());
        assertEquals(1L, layout.horizontal(layout.placed(2L), -1).item().id());
        assertNull(layout.horizontal(layout.placed(4L), 1));
    }

    @Test
    void aUnScaleDayWithSeveralClashesPerRoomIsLaidOutWithoutOverlaps() {
        List<TimelineItem> items = new ArrayList<>(TimelineSamples.unItems());
        for (int i = 0; i < 400; i++) {
            LocalDateTime start = TimelineSamples.UN_DAY.atTime(8, 0).plusMinutes(7L * (i % 90));
            items.add(new TimelineItem(1000 + i, "extra", "OTHER", i % 40 + 1, start, start.plusMinutes(45), false));
        }
        DayLayout layout = DayLayout.of(TimelineSamples.UN_DAY, TimelineSamples.unRooms(), items, 420, 1320);
        assertEquals(800, layout.inReadingOrder().size());
        for (int c = 0; c < layout.columns().size(); c++) {
            List<DayLayout.Placed> column = layout.inColumn(c);
            for (int a = 0; a < column.size(); a++) {
                for (int b = a + 1; b < column.size(); b++) {
                    DayLayout.Placed x = column.get(a);
                    DayLayout.Placed y = column.get(b);
                    boolean overlap = x.startMinute() < y.endMinute() && y.startMinute() < x.endMinute();
                    if (overlap) {
                        assertTrue(x.lane() != y.lane(), x + " and " + y + " share a lane");
                        assertTrue(x.lanes() > 1 && y.lanes() > 1);
                    }
                    assertTrue(x.lane() < x.lanes());
                }
            }
        }
    }

    private static DayLayout layout(TimelineItem... items) {
        return DayLayout.of(DAY, ROOMS, List.of(items), 7 * 60, 22 * 60);
    }

    private static TimelineItem item(long id, long roomId, String start, String end) {
        return new TimelineItem(id, "item " + id, "OTHER", roomId, at(start), at(end), false);
    }

    private static LocalDateTime at(String time) {
        return time.length() == 5 ? DAY.atTime(java.time.LocalTime.parse(time)) : LocalDateTime.parse(time);
    }
}
