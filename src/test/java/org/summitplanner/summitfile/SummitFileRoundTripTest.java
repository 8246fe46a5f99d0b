package org.summitplanner.summitfile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import org.summitplanner.service.SummitService;
import org.summitplanner.store.Database;
import org.summitplanner.store.SummitStore;

/**
 * Export, load and export again gives the same bytes, against real (in-memory) H2 databases;
 * and the packaged Paris demo is in that canonical form and holds what it promises.
 */
class SummitFileRoundTripTest {

    private static final Instant NINE = Instant.parse("2025-03-11T08:00:00Z");

    @TempDir
    Path dir;

    private final List<Database> opened = new ArrayList<>();

    @AfterEach
    void closeDatabases() {
        opened.forEach(Database::close);
    }

    @Test
    void demoExportLoadsIntoAFreshDatabaseAndExportsByteIdentically() throws Exception {
        SummitService first = new SummitService(new SummitStore(freshDatabase()));
        Summit demo = first.loadDemo();
        byte[] exported = first.export(demo.id());

        SummitService second = new SummitService(new SummitStore(freshDatabase()));
        assertEquals(List.of(), second.summits(), "the second database starts empty");
        Path file = Files.write(dir.resolve("paris.json"), exported);
        Summit loaded = second.load(file);
        assertEquals(demo.name(), loaded.name());
        byte[] again = second.export(loaded.id());

        assertEquals(new String(exported, UTF_8), new String(again, UTF_8));
        assertArrayEquals(exported, again);
    }

    @Test
    void exportOfTheDemoIsThePackagedDemoFileItself() throws IOException {
        byte[] packaged;
        try (InputStream in = SummitService.class.getResourceAsStream(SummitService.DEMO_RESOURCE)) {
            assertNotNull(in, "the demo is packaged at " + SummitService.DEMO_RESOURCE);
            packaged = in.readAllBytes();
        }
        SummitService service = new SummitService(new SummitStore(freshDatabase()));
        byte[] exported = service.export(service.loadDemo().id());

        assertEquals(new String(packaged, UTF_8), new String(exported, UTF_8),
                "assets/demo/paris-2025.json must be kept in canonical export form");
        assertArrayEquals(packaged, exported);
    }

    @Test
    void rowsWithoutKeysExportWithGeneratedKeysAndStillRoundTrip() throws Exception {
        Database database = freshDatabase();
        SummitStore store = new SummitStore(database);
        Summit summit = new Summit(0, "Keyless", "FR", "Paris", null, LocalDate.of(2025, 3, 11),
                LocalDate.of(2025, 3, 11), ZoneId.of("Europe/Paris"), 0);
        // the first room's key is the one the second room would get: the writer must not reuse it
        List<Room> rooms = List.of(new Room(1, "room-2", "Salon Murat", null, 60, 0),
                new Room(2, null, "Salon vert", "Élysée Palace", 8, 0));
        List<Attendee> attendees = List.of(
                new Attendee(1, null, "FR", "Jean", "Dupont", null, null, Role.OFFICIAL, true, null, null,
                        List.of(), null, null, null, 0),
                new Attendee(2, null, "UA", "Olena", "Kovalenko", null, null, Role.ADVISER, false, null, null,
                        List.of("uk", "en"), NINE.minus(Duration.ofHours(1)), null, null, 0));
        List<AgendaItem> agenda = List.of(new AgendaItem(1, null, "Bilateral", AgendaKind.BILATERAL,
                new TimeRange(NINE, NINE.plus(Duration.ofMinutes(30))), 2L, true, null, List.of(1L, 2L),
                List.of("UA"), 0));
        List<Participation> participations = List.of(
                new Participation(1, "FR", ParticipationStatus.CONFIRMED, null, null, null, 0),
                new Participation(2, "UA", ParticipationStatus.CONFIRMED, null, null, null, 0));
        long id = store.insert(new SummitContent(summit, participations, rooms, attendees, agenda));
        SummitContent stored = store.read(id);
        assertEquals(List.of(1L, 2L), stored.rooms().stream().map(Room::id).toList(), "a fresh database numbers from 1");

        SummitService service = new SummitService(store);
        byte[] exported = service.export(id);

        // the file refers by the generated keys, and reads back to the same links
        SummitContent file = new SummitFileReader(Set.of("FR", "UA")).read(exported, "exported");
        assertEquals(List.of("room-2", "room-2x"), file.rooms().stream().map(Room::key).toList());
        List<String> attendeeKeys = stored.attendees().stream().map(a -> "attendee-" + a.id()).toList();
        assertEquals(attendeeKeys, file.attendees().stream().map(Attendee::key).toList());
        AgendaItem item = file.agenda().get(0);
        assertEquals("item-" + stored.agenda().get(0).id(), item.key());
        assertEquals("room-2x", file.rooms().get((int) (long) item.roomId() - 1).key());
        assertEquals(List.of(1L, 2L), item.attendeeIds());
        String text = new String(exported, UTF_8);
        assertTrue(text.contains("\"room\": \"room-2x\""), text);
        // rooms all usable for bilaterals (the default) write no flag: files stay as they were before it
        assertFalse(text.contains("\"bilaterals\""), text);

        SummitService fresh = new SummitService(new SummitStore(freshDatabase()));
        Summit loaded = fresh.load(Files.write(dir.resolve("keyless.json"), exported));
        byte[] again = fresh.export(loaded.id());
        assertEquals(text, new String(again, UTF_8));
        assertArrayEquals(exported, again);
    }

    @Test
    void demoHoldsWhatAUserWouldCheck() {
        SummitStore store = new SummitStore(freshDatabase());
        SummitService service = new SummitService(store);
        Summit demo = service.loadDemo();
        SummitContent c = store.read(demo.id());

        // the rooms protocol would not use for a closed bilateral: the courtyard, the plenary hall, the press room
        assertEquals(List.of("Cour d'honneur", "Salle des fêtes", "Salle de presse"),
                c.rooms().stream().filter(r -> !r.bilaterals()).map(Room::name).toList());
        assertEquals(34, service.overview(demo.id()).nationsTakingPart());
        Map<String, ParticipationStatus> status = c.participations().stream()
                .collect(Collectors.toMap(Participation::nation, Participation::status));
        assertEquals(ParticipationStatus.NOT_INVITED, status.get("US"));
        Set<String> takingPart = status.keySet().stream().filter(n -> status.get(n).takesPart())
                .collect(Collectors.toSet());
        assertEquals(34, takingPart.size());

        // every delegation with attendees has exactly one head of delegation
        Map<String, List<Attendee>> delegations = c.attendees().stream()
                .collect(Collectors.groupingBy(Attendee::nation, TreeMap::new, Collectors.toList()));
        Map<String, Long> headsNotOne = new TreeMap<>();
        delegations.forEach((nation, members) -> {
            long heads = members.stream().filter(Attendee::headOfDelegation).count();
            if (heads != 1) {
                headsNotOne.put(nation, heads);
            }
        });
        assertEquals(Map.of(), headsNotOne, "delegations without exactly one head");
        Set<String> withAttendees = new HashSet<>(takingPart);
        withAttendees.add("US");
        assertEquals(withAttendees, delegations.keySet(), "every nation taking part sends people, and the US one");

        Map<Long, Attendee> attendees = c.attendees().stream()
                .collect(Collectors.toMap(Attendee::id, Function.identity()));
        Map<Long, Room> rooms = c.rooms().stream().collect(Collectors.toMap(Room::id, Function.identity()));
        Function<AgendaItem, Set<Attendee>> people = item -> {
            Set<Attendee> all = new HashSet<>();
            item.attendeeIds().forEach(a -> all.add(attendees.get(a)));
            item.nations().forEach(n -> all.addAll(delegations.getOrDefault(n, List.of())));
            return all;
        };

        // deliberate problem 1: someone of a nation that does not take part is named in a closed item
        List<String> outsidersInClosedItems = new ArrayList<>();
        for (AgendaItem item : c.agenda()) {
            for (long a : item.attendeeIds()) {
                Attendee attendee = attendees.get(a);
                if (item.closed() && !takingPart.contains(attendee.nation())) {
                    outsidersInClosedItems.add(attendee.key() + " (" + attendee.nation() + ") in " + item.key());
                }
            }
        }
        assertEquals(List.of("us-1 (US) in ws-backstop"), outsidersInClosedItems);

        // deliberate problem 2: one person in two items at the same time
        List<String> doubleBooked = new ArrayList<>();
        for (int i = 0; i < c.agenda().size(); i++) {
            for (int j = i + 1; j < c.agenda().size(); j++) {
                AgendaItem a = c.agenda().get(i);
                AgendaItem b = c.agenda().get(j);
                if (a.time().overlaps(b.time())) {
                    Set<Attendee> both = new HashSet<>(people.apply(a));
                    both.retainAll(people.apply(b));
                    both.forEach(p -> doubleBooked.add(p.key() + " in " + a.key() + " and " + b.key()));
                }
            }
        }
        assertEquals(List.of("de-1 in ws-reassurance and bilat-de-ua"), doubleBooked);

        // deliberate problem 3: more people (named + whole delegations) than the room holds
        List<String> overfull = new ArrayList<>();
        for (AgendaItem item : c.agenda()) {
            Room room = rooms.get(item.roomId());
            int count = people.apply(item).size();
            if (count > room.capacity()) {
                overfull.add(item.key() + ": " + count + " people in " + room.key() + " for " + room.capacity());
            }
        }
        assertEquals(List.of("bilat-si-ua: 7 people in marigny-salon-bleu for 6"), overfull);
    }

    private Database freshDatabase() {
        Database database = Database.openInMemory("roundtrip-" + UUID.randomUUID());
        opened.add(database);
        return database;
    }
}
