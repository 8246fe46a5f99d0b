package org.summitplanner.schedule;

import java.time.Instant;
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
import org.summitplanner.model.TimeRange;

/**
 * Random edits of a small summit held by {@link IncrementalChecks}, as a planner (or the database's
 * cascades) would make them: items moved, re-roomed, re-peopled, added and deleted; attendees moving
 * nation, role, head, stay and name, added and deleted (sometimes still named on items, as between a
 * deletion and the re-read of the items it cascaded to); the head of a delegation moved to another member or
 * stepping down; the delegations an item lists as a whole changed; rooms and participations changed, added
 * and removed. Each call makes one edit and says what it was.
 */
final class RandomEdits {

    private static final String[] NATIONS = {"FR", "UA", "DE", "US", "HU", "GB"};
    private static final String[] BUILDINGS = {"Élysée", "Marigny", null};

    private final Random random;
    private long nextId = 1_000;

    RandomEdits(long seed) {
        this.random = new Random(seed);
    }

    String edit(IncrementalChecks checks) {
        List<AgendaItem> items = new ArrayList<>(checks.content().agenda());
        List<Attendee> people = new ArrayList<>(checks.content().attendees());
        List<Room> rooms = new ArrayList<>(checks.content().rooms());
        List<Participation> standings = new ArrayList<>(checks.content().participations());
        Instant origin = checks.summit().firstDay().minusDays(1).atStartOfDay(checks.summit().timeZone()).toInstant();
        int what = random.nextInt(19);
        switch (what) {
            case 16 -> {
                // who takes part as a whole changes, the named stay: a head's double bookings come and go
                if (items.isEmpty()) {
                    return "no item to change delegations of";
                }
                AgendaItem i = pick(items);
                List<String> nations = new ArrayList<>(i.nations());
                String nation = pick(NATIONS);
                if (!nations.remove(nation)) {
                    nations.add(nation);
                }
                checks.putItem(new AgendaItem(i.id(), i.key(), i.title(), i.kind(), i.time(), i.roomId(), i.closed(),
                        i.description(), i.attendeeIds(), nations, i.version() + 1));
                return "item " + i.id() + " whole delegations " + nations;
            }
            case 17, 18 -> {
                // the head of delegation moves to another member, as the Delegations screen does it: the old
                // head loses the flag, then the new one gets it (two saves), or a head just steps down
                if (people.isEmpty()) {
                    return "nobody to head";
                }
                Attendee next = pick(people);
                for (Attendee a : people) {
                    if (a.nation().equals(next.nation()) && a.headOfDelegation() && a.id() != next.id()) {
                        checks.putAttendee(withHead(a, false));
                    }
                }
                boolean stepsDown = what == 18 && next.headOfDelegation();
                checks.putAttendee(withHead(next, !stepsDown));
                return (stepsDown ? "head steps down " : "head moves to ") + next.id();
            }
            case 0, 1, 2, 3 -> {
                if (items.isEmpty()) {
                    return "nothing to move";
                }
                AgendaItem i = pick(items);
                Instant start = origin.plusSeconds(15 * 60L * random.nextInt(4 * 24 * 4));
                TimeRange time = new TimeRange(start, start.plusSeconds(15 * 60L * (1 + random.nextInt(8))));
                Long room = random.nextInt(3) == 0 ? roomId(rooms) : i.roomId();
                checks.putItem(new AgendaItem(i.id(), i.key(), i.title(), i.kind(), time, room, i.closed(),
                        i.description(), i.attendeeIds(), i.nations(), i.version() + 1));
                return "move item " + i.id();
            }
            case 4, 5 -> {
                if (items.isEmpty()) {
                    return "nothing to re-people";
                }
                AgendaItem i = pick(items);
                checks.putItem(new AgendaItem(i.id(), i.key(), random.nextBoolean() ? i.title() : i.title() + "'",
                        i.kind(), i.time(), i.roomId(), random.nextBoolean(), i.description(), named(people),
                        whole(), i.version() + 1));
                return "re-people item " + i.id();
            }
            case 6 -> {
                Instant start = origin.plusSeconds(15 * 60L * random.nextInt(4 * 24 * 4));
                long id = nextId++;
                checks.putItem(new AgendaItem(id, null, "New " + id, AgendaKind.OTHER,
                        new TimeRange(start, start.plusSeconds(15 * 60L * (1 + random.nextInt(8)))), roomId(rooms),
                        random.nextBoolean(), null, named(people), whole(), 0));
                return "add item " + id;
            }
            case 7 -> {
                if (items.isEmpty()) {
                    return "nothing to delete";
                }
                AgendaItem i = pick(items);
                checks.removeItem(i.id());
                return "delete item " + i.id();
            }
            case 8, 9 -> {
                if (people.isEmpty()) {
                    return "nobody to change";
                }
                Attendee a = pick(people);
                Instant arrives = random.nextInt(3) == 0 ? origin.plusSeconds(15 * 60L * random.nextInt(384)) : null;
                Instant departs = random.nextInt(3) == 0 ? origin.plusSeconds(15 * 60L * random.nextInt(384)) : null;
                int change = random.nextInt(5);
                checks.putAttendee(new Attendee(a.id(), a.key(), change == 0 ? pick(NATIONS) : a.nation(),
                        a.givenName(), change == 1 ? a.familyName() + "-X" : a.familyName(), a.honorific(),
                        a.position(), change == 2 ? Role.values()[random.nextInt(Role.values().length)] : a.role(),
                        change == 3 ? !a.headOfDelegation() : a.headOfDelegation(), a.email(), a.phone(),
                        a.languages(), change == 4 ? arrives : a.arrivesAt(), change == 4 ? departs : a.departsAt(),
                        a.notes(), a.version() + 1));
                return "change attendee " + a.id() + " (" + change + ")";
            }
            case 10 -> {
                // sometimes an id that items already name: a deleted attendee put back by undo
                long id = random.nextBoolean() || people.isEmpty() ? nextId++ : people.get(0).id() + 50;
                if (checks.attendee(id) != null) {
                    return "id taken";
                }
                checks.putAttendee(new Attendee(id, null, pick(NATIONS), "New", "Person " + id, null, null,
                        random.nextInt(3) == 0 ? Role.PRESS : Role.OFFICIAL, random.nextInt(4) == 0, null, null,
                        List.of(), null, null, null, 0));
                return "add attendee " + id;
            }
            case 11 -> {
                if (people.isEmpty()) {
                    return "nobody to delete";
                }
                Attendee a = pick(people);
                checks.removeAttendee(a.id());
                if (random.nextBoolean()) {
                    // the database's cascade, as the re-read items bring it
                    for (AgendaItem i : items) {
                        if (i.attendeeIds().contains(a.id())) {
                            List<Long> left = new ArrayList<>(i.attendeeIds());
                            left.remove(a.id());
                            checks.putItem(new AgendaItem(i.id(), i.key(), i.title(), i.kind(), i.time(), i.roomId(),
                                    i.closed(), i.description(), left, i.nations(), i.version()));
                        }
                    }
                }
                return "delete attendee " + a.id();
            }
            case 12 -> {
                if (rooms.isEmpty()) {
                    return "no room to change";
                }
                Room r = pick(rooms);
                checks.putRoom(new Room(r.id(), r.key(), random.nextBoolean() ? r.name() : r.name() + "'",
                        random.nextBoolean() ? pick(BUILDINGS) : r.building(), 1 + random.nextInt(8), r.version() + 1));
                return "change room " + r.id();
            }
            case 13 -> {
                boolean add = rooms.isEmpty() || random.nextBoolean();
                if (add) {
                    // a room id that items may already name (deleted, then put back)
                    long id = random.nextBoolean() ? nextId++ : 1 + random.nextInt(5);
                    if (checks.room(id) != null) {
                        return "room id taken";
                    }
                    checks.putRoom(new Room(id, null, "Room " + id, pick(BUILDINGS), 1 + random.nextInt(8), 0));
                    return "add room " + id;
                }
                Room r = pick(rooms);
                checks.removeRoom(r.id());
                return "delete room " + r.id();
            }
            default -> {
                if (!standings.isEmpty() && random.nextInt(4) == 0) {
                    Participation p = pick(standings);
                    checks.removeParticipation(p.id());
                    return "remove participation of " + p.nation();
                }
                String nation = pick(NATIONS);
                Participation p = standings.stream().filter(s -> s.nation().equals(nation)).findFirst().orElse(null);
                ParticipationStatus status = ParticipationStatus.values()[random.nextInt(ParticipationStatus.values().length)];
                checks.putParticipation(new Participation(p == null ? nextId++ : p.id(), nation, status, null, null,
                        null, p == null ? 0 : p.version() + 1));
                return "participation of " + nation + " " + status;
            }
        }
    }

    private static Attendee withHead(Attendee a, boolean head) {
        return new Attendee(a.id(), a.key(), a.nation(), a.givenName(), a.familyName(), a.honorific(), a.position(),
                a.role(), head, a.email(), a.phone(), a.languages(), a.arrivesAt(), a.departsAt(), a.notes(),
                a.version() + 1);
    }

    private Long roomId(List<Room> rooms) {
        return rooms.isEmpty() || random.nextInt(5) == 0 ? null : pick(rooms).id();
    }

    private List<Long> named(List<Attendee> people) {
        Set<Long> named = new LinkedHashSet<>();
        for (int k = random.nextInt(5); k > 0 && !people.isEmpty(); k--) {
            named.add(pick(people).id());
        }
        return List.copyOf(named);
    }

    private List<String> whole() {
        Set<String> whole = new LinkedHashSet<>();
        for (int k = random.nextInt(3); k > 0; k--) {
            whole.add(pick(NATIONS));
        }
        return List.copyOf(whole);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
