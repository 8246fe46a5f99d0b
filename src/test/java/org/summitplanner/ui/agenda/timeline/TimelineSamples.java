package org.summitplanner.ui.agenda.timeline;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Timeline data for tests and snapshots: the Paris demo day, and a day at UN scale. */
final class TimelineSamples {

    static final LocalDate PARIS_DAY = LocalDate.of(2025, 3, 11);
    static final LocalDate UN_DAY = LocalDate.of(2025, 9, 22);

    private TimelineSamples() {
    }

    /** The eleven rooms of the demo summit, in its order. */
    static List<TimelineRoom> parisRooms() {
        return List.of(
                new TimelineRoom(1, "Cour d'honneur", 400),
                new TimelineRoom(2, "Salle des fêtes", 200),
                new TimelineRoom(3, "Jardin d'hiver", 90),
                new TimelineRoom(4, "Salon Murat", 60),
                new TimelineRoom(5, "Salon des Ambassadeurs", 30),
                new TimelineRoom(6, "Salon des Portraits", 12),
                new TimelineRoom(7, "Salon vert", 8),
                new TimelineRoom(8, "Salon doré", 6),
                new TimelineRoom(9, "Salle de presse", 150),
                new TimelineRoom(10, "Salon jaune", 10),
                new TimelineRoom(11, "Salon bleu", 6));
    }

    /** The seventeen agenda items of the demo summit's day. */
    static List<TimelineItem> parisItems() {
        return List.of(
                new TimelineItem(1, "French delegation pre-briefing", "OTHER", 6, at("2025-03-11T08:00"), at("2025-03-11T08:30"), true),
                new TimelineItem(2, "Welcome of the heads of delegation by the President of the Republic", "CEREMONY", 1, at("2025-03-11T08:45"), at("2025-03-11T09:20"), false),
                new TimelineItem(3, "Opening plenary: security guarantees for Ukraine", "PLENARY", 2, at("2025-03-11T09:30"), at("2025-03-11T10:45"), true),
                new TimelineItem(4, "Working session 1: the reassurance force and its air and naval cover", "WORKING_SESSION", 4, at("2025-03-11T11:00"), at("2025-03-11T12:30"), true),
                new TimelineItem(5, "Working session 2: the heavy-weapons stockpile", "WORKING_SESSION", 5, at("2025-03-11T11:00"), at("2025-03-11T12:30"), true),
                new TimelineItem(6, "Bilateral: Germany – Ukraine", "BILATERAL", 6, at("2025-03-11T12:00"), at("2025-03-11T12:30"), true),
                new TimelineItem(7, "Working lunch of the heads of delegation", "MEAL", 3, at("2025-03-11T12:30"), at("2025-03-11T14:00"), true),
                new TimelineItem(8, "Working session 3: strikes on forces that violate a truce", "WORKING_SESSION", 4, at("2025-03-11T14:15"), at("2025-03-11T15:15"), true),
                new TimelineItem(9, "Drafting group: chair's conclusions", "OTHER", 6, at("2025-03-11T14:15"), at("2025-03-11T15:45"), true),
                new TimelineItem(10, "Bilateral: France – Ukraine", "BILATERAL", 8, at("2025-03-11T14:15"), at("2025-03-11T14:45"), true),
                new TimelineItem(11, "Bilateral: Canada – Ukraine", "BILATERAL", 10, at("2025-03-11T14:15"), at("2025-03-11T14:45"), true),
                new TimelineItem(12, "Bilateral: United Kingdom – Ukraine", "BILATERAL", 7, at("2025-03-11T14:45"), at("2025-03-11T15:15"), true),
                new TimelineItem(13, "Bilateral: Slovenia – Ukraine", "BILATERAL", 11, at("2025-03-11T15:15"), at("2025-03-11T15:45"), true),
                new TimelineItem(14, "Bilateral: France – United Kingdom", "BILATERAL", 8, at("2025-03-11T15:15"), at("2025-03-11T15:45"), true),
                new TimelineItem(15, "Working session 4: aggregating European capabilities to obtain a US backstop", "WORKING_SESSION", 2, at("2025-03-11T16:00"), at("2025-03-11T17:15"), true),
                new TimelineItem(16, "Closing plenary and chair's conclusions", "PLENARY", 2, at("2025-03-11T17:30"), at("2025-03-11T18:00"), true),
                new TimelineItem(17, "Press statement", "PRESS", 9, at("2025-03-11T18:15"), at("2025-03-11T18:45"), false));
    }

    /**
     * A day of the synthetic UN week: 40 rooms, ten 50-minute slots from 08:00 in every room
     * (400 items), kinds and closed flags spread as ScaleSummit spreads them.
     */
    static List<TimelineRoom> unRooms() {
        List<TimelineRoom> rooms = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int capacity = i == 0 ? 1_800 : i % 10 == 0 ? 400 : i % 3 == 0 ? 120 : i % 3 == 1 ? 40 : 12;
            rooms.add(new TimelineRoom(i + 1L, "Room " + (char) ('A' + i / 10) + "-" + (i % 10 + 1), capacity));
        }
        return rooms;
    }

    static List<TimelineItem> unItems() {
        List<TimelineItem> items = new ArrayList<>();
        String[] kinds = {"BILATERAL", "WORKING_SESSION", "BILATERAL", "MEAL", "PRESS", "CEREMONY", "OTHER"};
        for (int i = 0; i < 400; i++) {
            int slot = i / 40;
            int room = i % 40;
            LocalDateTime start = UN_DAY.atTime(8 + slot, 0);
            String kind = room == 0 ? "PLENARY" : kinds[(i + slot) % kinds.length];
            String title = room == 0 ? "General debate, part " + (slot + 1) : kind.equals("BILATERAL")
                    ? "Bilateral " + (char) ('A' + i % 26) + (char) ('A' + i % 7) + "–" + (char) ('A' + i % 11) + "Z"
                    : "Working session " + (i + 1);
            items.add(new TimelineItem(i + 1L, title, kind, room + 1L, start, start.plusMinutes(50), i % 3 == 0));
        }
        return items;
    }

    static LocalDateTime at(String text) {
        return LocalDateTime.parse(text);
    }
}
