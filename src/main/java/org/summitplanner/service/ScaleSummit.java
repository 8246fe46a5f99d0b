package org.summitplanner.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.AgendaKind;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.Nation;
import org.summitplanner.model.NationKind;
import org.summitplanner.model.Participation;
import org.summitplanner.model.ParticipationStatus;
import org.summitplanner.model.Role;
import org.summitplanner.model.Room;
import org.summitplanner.model.Summit;
import org.summitplanner.model.SummitContent;
import org.summitplanner.model.TimeRange;

/**
 * A synthetic summit the size of a UN General Assembly high-level week, for benchmarks and for
 * trying the screens at scale: 193 delegations, 5,000 attendees, 40 rooms in 4 buildings,
 * 2,000 agenda items (half of them bilaterals) and over 25,000 agenda participations.
 * The same seed always gives the same summit; every person in it is invented.
 */
public final class ScaleSummit {

    public static final int DELEGATIONS = 193;
    public static final int ATTENDEES = 5_000;
    public static final int ROOMS = 40;
    public static final int AGENDA_ITEMS = 2_000;

    private static final long SEED = 20_250_922L;
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 9, 22);
    private static final int DAYS = 5;
    private static final int FIRST_HOUR = 8;
    private static final int SLOTS_PER_DAY = 12;
    private static final String[] BUILDINGS = {"General Assembly Building", "Conference Building",
        "Secretariat Building", "North Lawn Building"};
    private static final String[] BUILDINGS_FR = {"Bâtiment de l'Assemblée générale", "Bâtiment des conférences",
        "Bâtiment du Secrétariat", "Bâtiment de la pelouse nord"};
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ren", "sa", "tov", "el", "an", "dor", "vi",
        "ne", "ru", "bel", "ta", "is", "mar", "ko", "li", "sen", "ga"};
    private static final Role[] MEMBER_ROLES = {Role.MINISTER, Role.OFFICIAL, Role.OFFICIAL, Role.ADVISER,
        Role.ADVISER, Role.ADVISER, Role.MILITARY, Role.INTERPRETER, Role.SECURITY, Role.PRESS};

    private final List<Nation> nations;

    public ScaleSummit(List<Nation> nations) {
        this.nations = nations;
    }

    public SummitContent generate() {
        Random random = new Random(SEED);
        ZoneId zone = ZoneId.of("America/New_York");
        Summit summit = new Summit(0, "UN General Assembly high-level week (synthetic)", "US", "New York",
                "United Nations Headquarters", FIRST_DAY, FIRST_DAY.plusDays(DAYS - 1L), zone,
                Summit.DEFAULT_TRANSFER_MINUTES, 0,
                "Semaine de haut niveau de l'Assemblée générale des Nations unies (synthétique)",
                "Siège de l'Organisation des Nations unies");
        List<String> codes = nations.stream().filter(n -> n.kind() == NationKind.STATE).map(Nation::code)
                .sorted().limit(DELEGATIONS).toList();
        if (codes.size() < DELEGATIONS) {
            throw new IllegalStateException("only " + codes.size() + " states in the nation table");
        }
        List<Participation> participations = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            ParticipationStatus status = i % 37 == 5 ? ParticipationStatus.INVITED
                    : i % 41 == 7 ? ParticipationStatus.OBSERVER : ParticipationStatus.CONFIRMED;
            participations.add(new Participation(i + 1L, codes.get(i), status, FIRST_DAY.minusDays(60),
                    status == ParticipationStatus.INVITED ? null : FIRST_DAY.minusDays(30 - i % 20), null, 0));
        }
        List<Room> rooms = rooms();
        List<Attendee> attendees = attendees(codes, summit, random);
        List<AgendaItem> agenda = agenda(codes, attendees, rooms, summit, random);
        return new SummitContent(summit, participations, rooms, attendees, agenda);
    }

    private static List<Room> rooms() {
        List<Room> rooms = new ArrayList<>();
        for (int i = 0; i < ROOMS; i++) {
            int building = i / (ROOMS / BUILDINGS.length);
            int capacity = i == 0 ? 1_800 : i % 10 == 0 ? 400 : i % 3 == 0 ? 120 : i % 3 == 1 ? 40 : 12;
            // the General Assembly hall (the plenaries' room) is not one protocol would use for a bilateral
            String number = (char) ('A' + building) + "-" + (i % 10 + 1);
            rooms.add(new Room(i + 1L, "room-" + (i + 1), "Room " + number, BUILDINGS[building], capacity, 0,
                    "Salle " + number, i != 0, BUILDINGS_FR[building]));
        }
        return rooms;
    }

    private static List<Attendee> attendees(List<String> codes, Summit summit, Random random) {
        List<Attendee> attendees = new ArrayList<>();
        Instant arrival = summit.toInstant(FIRST_DAY.minusDays(1).atTime(18, 0));
        Instant departure = summit.toInstant(summit.lastDay().plusDays(1).atTime(12, 0));
        for (int i = 0; i < ATTENDEES; i++) {
            int delegation = i % codes.size();
            int member = i / codes.size();
            String code = codes.get(delegation);
            boolean head = member == 0;
            Role role = head ? (delegation % 2 == 0 ? Role.HEAD_OF_STATE : Role.HEAD_OF_GOVERNMENT)
                    : MEMBER_ROLES[random.nextInt(MEMBER_ROLES.length)];
            String given = capitalised(word(random, 2));
            String family = capitalised(word(random, 3));
            String email = "p" + (i + 1) + "." + code.toLowerCase(Locale.ROOT) + "@delegation.example.org";
            attendees.add(new Attendee(i + 1L, "p-" + (i + 1), code, given, family, head ? "H.E." : null,
                    head ? "Head of delegation" : role.name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    role, head, email, null, List.of("en"), arrival, departure, null, 0));
        }
        return attendees;
    }

    private static List<AgendaItem> agenda(List<String> codes, List<Attendee> attendees, List<Room> rooms,
                                           Summit summit, Random random) {
        List<List<Attendee>> byDelegation = new ArrayList<>();
        codes.forEach(c -> byDelegation.add(new ArrayList<>()));
        for (Attendee a : attendees) {
            byDelegation.get(codes.indexOf(a.nation())).add(a);
        }
        List<AgendaItem> agenda = new ArrayList<>();
        for (int i = 0; i < AGENDA_ITEMS; i++) {
            int slot = i / ROOMS;
            Room room = rooms.get(i % ROOMS);
            LocalDateTime start = FIRST_DAY.plusDays(slot / SLOTS_PER_DAY)
                    .atTime(FIRST_HOUR + slot % SLOTS_PER_DAY, 0);
            TimeRange time = new TimeRange(summit.toInstant(start), summit.toInstant(start.plusMinutes(50)));
            Set<Long> named = new LinkedHashSet<>();
            List<String> whole = new ArrayList<>();
            String title;
            String titleFr;
            AgendaKind kind;
            if (room.capacity() == 1_800) {
                kind = AgendaKind.PLENARY;
                title = "General debate, part " + (i / ROOMS + 1);
                titleFr = "Débat général, partie " + (i / ROOMS + 1);
                whole.addAll(codes.subList((i / ROOMS * 7) % 180, (i / ROOMS * 7) % 180 + 12));
            } else if (i % 2 == 0) {
                kind = AgendaKind.BILATERAL;
                int a = random.nextInt(codes.size());
                int b = (a + 1 + random.nextInt(codes.size() - 1)) % codes.size();
                title = "Bilateral " + codes.get(a) + "–" + codes.get(b);
                titleFr = "Entretien bilatéral " + codes.get(a) + "–" + codes.get(b);
                pick(byDelegation.get(a), 4, random, named);
                pick(byDelegation.get(b), 4, random, named);
            } else {
                kind = i % 11 == 0 ? AgendaKind.MEAL : AgendaKind.WORKING_SESSION;
                title = (kind == AgendaKind.MEAL ? "Working lunch " : "Working session ") + (i + 1);
                titleFr = (kind == AgendaKind.MEAL ? "Déjeuner de travail " : "Séance de travail ") + (i + 1);
                int people = Math.min(room.capacity(), 10 + random.nextInt(25));
                while (named.size() < people) {
                    named.add(attendees.get(random.nextInt(attendees.size())).id());
                }
            }
            agenda.add(new AgendaItem(i + 1L, "item-" + (i + 1), title, kind, time, room.id(), i % 3 == 0, null,
                    List.copyOf(named), whole, 0, titleFr, null));
        }
        return agenda;
    }

    private static void pick(List<Attendee> from, int count, Random random, Set<Long> into) {
        int start = random.nextInt(from.size());
        for (int k = 0; k < count; k++) {
            into.add(from.get((start + k) % from.size()).id());
        }
    }

    private static String word(Random random, int syllables) {
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < syllables; s++) {
            sb.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return sb.toString();
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
