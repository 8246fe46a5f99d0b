package org.summitplanner.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.AgendaKind;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.Participation;
import org.summitplanner.model.ParticipationStatus;
import org.summitplanner.model.Role;
import org.summitplanner.model.Room;
import org.summitplanner.model.Summit;
import org.summitplanner.model.SummitContent;
import org.summitplanner.model.TimeRange;

/**
 * Small random summits for the differential test, crowded on purpose: times on a 15-minute grid
 * (so items often touch), few rooms in two buildings (or none known), a DST change, items on the
 * days around the summit, nations of every standing or none.
 */
final class RandomSummits {

    private static final String[] NATIONS = {"FR", "UA", "DE", "US", "HU", "GB"};
    private static final String[] BUILDINGS = {"Élysée", "Marigny", null};
    private static final ZoneId[] ZONES = {ZoneId.of("Europe/Paris"), ZoneId.of("America/New_York"), ZoneId.of("UTC")};
    // the night of 30 March 2025 moves Paris to summer time
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 3, 29);

    private final Random random;

    RandomSummits(long seed) {
        this.random = new Random(seed);
    }

    SummitContent next() {
        ZoneId zone = ZONES[random.nextInt(ZONES.length)];
        LocalDate first = FIRST_DAY.plusDays(random.nextInt(2));
        Summit summit = new Summit(1, "Random", "FR", "Paris", null, first, first.plusDays(random.nextInt(2)), zone, 0);
        Instant origin = first.minusDays(1).atStartOfDay(zone).toInstant();

        List<Participation> participations = new ArrayList<>();
        for (String nation : NATIONS) {
            int pick = random.nextInt(ParticipationStatus.values().length + 1);
            if (pick < ParticipationStatus.values().length) {
                participations.add(new Participation(participations.size() + 1L, nation,
                        ParticipationStatus.values()[pick], null, null, null, 0));
            }
        }
        List<Room> rooms = new ArrayList<>();
        for (int i = 1, n = 1 + random.nextInt(4); i <= n; i++) {
            rooms.add(new Room(i, "r" + i, "Room " + i, BUILDINGS[random.nextInt(BUILDINGS.length)],
                    1 + random.nextInt(8), 0));
        }
        List<Attendee> attendees = new ArrayList<>();
        for (int i = 1, n = random.nextInt(11); i <= n; i++) {
            Role role = random.nextInt(4) == 0 ? Role.PRESS : Role.values()[random.nextInt(Role.values().length)];
            Instant arrives = random.nextInt(3) == 0 ? slot(origin, 4 * 24 * 4) : null;
            Instant departs = random.nextInt(3) == 0 ? slot(origin, 4 * 24 * 4) : null;
            attendees.add(new Attendee(i, "p" + i, NATIONS[random.nextInt(NATIONS.length)], "Given", "Family " + i,
                    null, null, role, random.nextInt(3) == 0, null, null, List.of(), arrives, departs, null, 0));
        }
        List<AgendaItem> agenda = new ArrayList<>();
        for (int i = 1, n = random.nextInt(13); i <= n; i++) {
            // mostly on the summit's days, sometimes the day before or after
            Instant start = slot(origin, 4 * 24 * 4);
            TimeRange time = new TimeRange(start, start.plusSeconds(15 * 60L * (1 + random.nextInt(8))));
            Long room = random.nextInt(5) == 0 ? null : (long) (1 + random.nextInt(rooms.size()));
            Set<Long> named = new LinkedHashSet<>();
            for (int k = random.nextInt(5); k > 0 && !attendees.isEmpty(); k--) {
                named.add((long) (1 + random.nextInt(attendees.size())));
            }
            Set<String> whole = new LinkedHashSet<>();
            for (int k = random.nextInt(3); k > 0; k--) {
                whole.add(NATIONS[random.nextInt(NATIONS.length)]);
            }
            agenda.add(new AgendaItem(i, "i" + i, "Item " + i, AgendaKind.OTHER, time, room, random.nextBoolean(),
                    null, List.copyOf(named), List.copyOf(whole), 0));
        }
        return new SummitContent(summit, participations, rooms, attendees, agenda);
    }

    private Instant slot(Instant origin, int slots) {
        return origin.plusSeconds(15 * 60L * random.nextInt(slots));
    }
}
