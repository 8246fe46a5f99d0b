package org.summitplanner.printing;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.FormsOfAddress;
import org.summitplanner.model.Room;
import org.summitplanner.model.Summit;
import org.summitplanner.printing.text.TextLayout;

/**
 * Builds the four documents of a summit as layouts, in one language. A null day means every day
 * of the summit.
 */
public final class Documents {

    private static final float ROOM_SCALE = 1.8f;

    private final SummitIndex index;
    private final PrintTexts texts;
    private final Summit summit;
    private PrintWarnings warnings;
    private ItemCells cells;

    public Documents(SummitIndex index, PrintTexts texts) {
        this.index = index;
        this.texts = texts;
        this.summit = index.content().summit();
        begin();
    }

    /** A new document: its own list of what cannot be printed. */
    private void begin() {
        this.warnings = new PrintWarnings(TextLayout.system());
        this.cells = new ItemCells(index, texts, warnings);
    }

    public PrintTexts texts() {
        return texts;
    }

    /** Every item of the day (or of each day, a day per section) in time order, with everything about it. */
    public LayoutDocument agenda(LocalDate day) {
        begin();
        String title = texts.text("agenda.title");
        List<Column> columns = List.of(new Column(texts.text("column.time"), 13),
                new Column(texts.text("column.item"), 60), new Column(texts.text("column.room"), 27));
        List<Section> sections = new ArrayList<>();
        for (LocalDate d : days(day)) {
            List<Row> rows = new ArrayList<>();
            for (AgendaItem item : index.agenda()) {
                if (index.day(item).equals(d)) {
                    rows.add(cells.row(item, List.of(cells.time(item), cells.item(item, true), cells.room(item))));
                }
            }
            sections.add(new Section(title + " — " + texts.day(d), List.of(), columns, rows, 1f, texts.text("agenda.nothing")));
        }
        return document(title, sections, false);
    }

    /**
     * A page per room and day in large type. Rooms and days with nothing booked are left out,
     * unless nothing at all is booked: then the page says so.
     */
    public LayoutDocument rooms(List<Room> rooms, LocalDate day) {
        begin();
        String title = texts.text("room.title");
        List<Column> columns = List.of(new Column(texts.text("column.time"), 24), new Column(texts.text("column.item"), 76));
        List<Section> sections = new ArrayList<>();
        for (Room room : rooms) {
            for (LocalDate d : days(day)) {
                List<Row> rows = new ArrayList<>();
                for (AgendaItem item : index.agenda()) {
                    if (room.id() == (item.roomId() == null ? -1 : item.roomId()) && index.day(item).equals(d)) {
                        rows.add(cells.row(item, List.of(cells.time(item), cells.item(item, false))));
                    }
                }
                if (!rows.isEmpty()) {
                    sections.add(roomSection(room, d, title, columns, rows));
                }
            }
        }
        if (sections.isEmpty() && !rooms.isEmpty()) {
            LocalDate d = day != null ? day : summit.firstDay();
            for (Room room : rooms) {
                sections.add(roomSection(room, d, title, columns, List.of()));
            }
        }
        return document(title, sections, false);
    }

    private Section roomSection(Room room, LocalDate day, String title, List<Column> columns, List<Row> rows) {
        List<String> subs = new ArrayList<>();
        String building = room.buildingIn(texts.locale());
        if (building != null && !building.isBlank()) {
            subs.add(building);
        }
        subs.add(texts.day(day) + " — " + title);
        warnings.room(room);
        return new Section(room.nameIn(texts.locale()), subs, columns, rows, ROOM_SCALE, texts.text("room.nothing"));
    }

    /** What each delegation takes part in, as a whole or through members, and which members go. */
    public LayoutDocument delegations(List<String> nations, LocalDate day) {
        begin();
        String title = texts.text("delegation.title");
        // the time column fits "09:00–10:00" also in portrait
        List<Column> columns = List.of(new Column(texts.text("column.time"), 13),
                new Column(texts.text("column.item"), 40), new Column(texts.text("column.room"), 19),
                new Column(texts.text("column.who"), 28));
        List<Section> sections = new ArrayList<>();
        for (String code : nations) {
            List<Attendee> members = index.members(code, cells.collator());
            List<String> subs = new ArrayList<>();
            members.stream().filter(Attendee::headOfDelegation).findFirst()
                    .ifPresent(head -> subs.add(texts.text("delegation.head", cells.person(head))));
            subs.add(day != null ? texts.day(day) : texts.text("agenda.allDays"));
            List<Row> rows = new ArrayList<>();
            LocalDate current = null;
            for (AgendaItem item : index.itemsOfNation(code)) {
                LocalDate d = index.day(item);
                if (day != null && !day.equals(d)) {
                    continue;
                }
                if (!d.equals(current)) {
                    rows.add(new Row.Group(texts.day(d)));
                    current = d;
                }
                rows.add(cells.row(item, List.of(cells.time(item), cells.item(item, false), cells.room(item),
                        who(item, code, members))));
            }
            sections.add(new Section(title + " — " + texts.nation(code), subs, columns, rows, 1f,
                    texts.text("delegation.nothing")));
        }
        return document(title, sections, false);
    }

    private List<Para> who(AgendaItem item, String code, List<Attendee> members) {
        List<Para> paras = new ArrayList<>();
        if (index.wholeDelegation(item, code)) {
            paras.add(new Para(texts.text("delegation.whole"), Style.BOLD));
        }
        for (Attendee member : members) {
            if (item.attendeeIds().contains(member.id())) {
                paras.add(new Para(cells.person(member), Style.SMALL));
            }
        }
        return paras;
    }

    /** One person's days, with the time between items; several people give one section each, numbered alone. */
    public LayoutDocument itineraries(List<Attendee> attendees, LocalDate day) {
        begin();
        String title = texts.text("itinerary.title");
        List<Column> columns = List.of(new Column(texts.text("column.time"), 15),
                new Column(texts.text("column.item"), 55), new Column(texts.text("column.room"), 30));
        List<Section> sections = new ArrayList<>(attendees.size());
        for (Attendee person : attendees) {
            warnings.attendee(person);
            sections.add(new Section(FormsOfAddress.addressed(person, texts.locale()), itineraryLines(person, title), columns,
                    itineraryRows(person, day), 1f, texts.text("itinerary.nothing")));
        }
        return document(title, sections, attendees.size() > 1);
    }

    private List<String> itineraryLines(Attendee person, String title) {
        List<String> lines = new ArrayList<>();
        String position = person.positionIn(texts.locale());
        if (position != null && !position.isBlank()) {
            lines.add(position.strip());
        }
        lines.add(texts.text("itinerary.delegation", texts.nation(person.nation())) + " — " + title);
        List<String> travel = new ArrayList<>();
        if (person.arrivesAt() != null) {
            travel.add(texts.text("itinerary.arrives", texts.dayAndTime(summit.toLocal(person.arrivesAt()))));
        }
        if (person.departsAt() != null) {
            travel.add(texts.text("itinerary.departs", texts.dayAndTime(summit.toLocal(person.departsAt()))));
        }
        if (!travel.isEmpty()) {
            lines.add(String.join(" · ", travel));
        }
        return lines;
    }

    private List<Row> itineraryRows(Attendee person, LocalDate day) {
        List<Row> rows = new ArrayList<>();
        AgendaItem previous = null;
        for (AgendaItem item : index.itemsOfAttendee(person)) {
            LocalDate d = index.day(item);
            if (day != null && !day.equals(d)) {
                continue;
            }
            if (previous == null || !index.day(previous).equals(d)) {
                rows.add(new Row.Group(texts.day(d)));
            } else {
                rows.add(new Row.Note(between(previous, item)));
            }
            rows.add(cells.row(item, List.of(cells.time(item), cells.item(item, false), cells.room(item))));
            previous = item;
        }
        return rows;
    }

    private String between(AgendaItem before, AgendaItem after) {
        Duration gap = Duration.between(before.time().end(), after.time().start());
        if (gap.isZero()) {
            return texts.text("itinerary.back");
        }
        return gap.isNegative() ? texts.text("itinerary.overlap", texts.duration(gap))
                : texts.text("itinerary.gap", texts.duration(gap));
    }

    private List<LocalDate> days(LocalDate day) {
        return day != null ? List.of(day) : index.days();
    }

    private LayoutDocument document(String title, List<Section> sections, boolean numberEachSection) {
        String place = summit.venueIn(texts.locale());
        String venue = place == null || place.isBlank() ? summit.city()
                : texts.text("header.venue", place, summit.city());
        String host = texts.text("header.host", texts.nation(summit.hostNation())) + " — " + venue;
        String name = summit.nameIn(texts.locale());
        warnings.text(MissingGlyphs.Subject.SUMMIT, name + " — " + venue);
        return new LayoutDocument(title, List.of(name, host), sections, numberEachSection, warnings.found());
    }
}
