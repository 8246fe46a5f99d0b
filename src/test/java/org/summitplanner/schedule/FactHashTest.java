package org.summitplanner.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.AgendaKind;
import org.summitplanner.model.Room;
import org.summitplanner.model.TimeRange;

/**
 * FactHash must give the digest {@link SummitFacts#fingerprint(Object...)} gives for the same facts:
 * acknowledgements stored against fingerprints lapse if either changes alone.
 */
class FactHashTest {

    private static final String[] TEXTS =
            {null, "", "A", "PRESS", "Palais des Nations, Bâtiment E", "会议中心", "a\u0000b"};

    @Test
    void sameDigestAsTheFingerprintOfTheFacts() {
        Random random = new Random(14);
        for (int round = 0; round < 500; round++) {
            AgendaItem item = item(random, random.nextBoolean() ? null : (long) random.nextInt(50));
            Instant t = random.nextBoolean() ? null
                    : Instant.ofEpochSecond(random.nextInt(2_000_000_000), random.nextInt(1_000_000_000));
            String text = TEXTS[random.nextInt(TEXTS.length)];
            long n = random.nextLong();
            assertEquals(SummitFacts.fingerprint(text, n, item, t, true),
                    new FactHash().text(text).add(n).item(item).instant(t).add(1L).hex());
        }
    }

    @Test
    void anItemReadFromTheIndexHashesAsTheItem() {
        Random random = new Random(4206);
        List<Room> rooms = List.of(new Room(3, null, "Room 3", "E", 10, 0), new Room(7, null, "Room 7", null, 10, 0));
        List<AgendaItem> agenda = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            // rooms of the summit, a room it does not hold, and none
            Long room = switch (random.nextInt(4)) {
                case 0 -> 3L;
                case 1 -> 7L;
                case 2 -> 99L;
                default -> null;
            };
            agenda.add(item(random, room));
        }
        AgendaIndex full = new AgendaIndex(agenda, List.of(), rooms);
        for (int i = 0; i < full.items.length; i++) {
            assertEquals(new FactHash().item(full.items[i]).hex(), new FactHash().item(full, i).hex());
        }
        AgendaIndex sweep = new AgendaIndex(agenda.toArray(AgendaItem[]::new), new int[agenda.size()]);
        for (int i = 0; i < sweep.items.length; i++) {
            assertEquals(new FactHash().item(sweep.items[i]).hex(), new FactHash().item(sweep, i).hex());
        }
    }

    private static AgendaItem item(Random random, Long room) {
        // times on both sides of the epoch, to the nanosecond
        Instant start = Instant.ofEpochSecond(random.nextInt(2_000_000_000) - 1_000_000_000L,
                random.nextInt(1_000_000_000));
        Instant end = start.plusNanos(1 + random.nextInt(1_000_000_000)).plusSeconds(random.nextInt(7_200));
        return new AgendaItem(1 + random.nextInt(1_000_000), null, "Item", AgendaKind.OTHER, new TimeRange(start, end),
                room, false, null, List.of(), List.of(), 0);
    }
}
