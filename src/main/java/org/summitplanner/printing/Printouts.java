package org.summitplanner.printing;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.Participation;
import org.summitplanner.model.ParticipationStatus;
import org.summitplanner.model.Room;
import org.summitplanner.printing.text.TextLayout;

/**
 * Turns a request ("the itinerary of attendee si-1") into a layout, finding the room, delegation,
 * person or day it names. What it cannot find is refused with an IllegalArgumentException whose
 * message names it, in English, for the command line and the window alike.
 */
public final class Printouts {

    private final SummitIndex index;
    private final Documents documents;

    public Printouts(SummitIndex index, PrintTexts texts) {
        this.index = index;
        this.documents = new Documents(index, texts);
    }

    public PrintTexts texts() {
        return documents.texts();
    }

    /** Landscape where the table is wide (the delegation programme has four columns). */
    public static Orientation suggestedOrientation(DocumentKind kind) {
        return kind == DocumentKind.DELEGATION ? Orientation.LANDSCAPE : Orientation.PORTRAIT;
    }

    /**
     * The document with the page settings' text checked too: a classification line in a script
     * no font has is warned of like a name.
     */
    public LayoutDocument layout(PrintRequest request, PrintSettings settings) {
        LayoutDocument document = layout(request);
        String classification = settings.classification();
        if (classification == null) {
            return document;
        }
        java.util.Set<Character.UnicodeScript> missing = TextLayout.system().missing(classification);
        return missing.isEmpty() ? document : document.withMissingGlyphs(List.of(
                new MissingGlyphs(MissingGlyphs.Subject.CLASSIFICATION, null, classification, missing)));
    }

    public LayoutDocument layout(PrintRequest request) {
        LocalDate day = day(request.day());
        // whatever is named must exist, even where this document does not use it
        if (request.roomKey() != null) {
            room(request.roomKey());
        }
        if (request.nation() != null) {
            nation(request.nation());
        }
        if (request.attendeeKey() != null) {
            attendee(request.attendeeKey());
        }
        return switch (request.kind()) {
            case AGENDA -> documents.agenda(day);
            case ROOM -> documents.rooms(request.roomKey() != null ? List.of(room(request.roomKey())) : rooms(), day);
            case DELEGATION -> documents.delegations(request.nation() != null ? List.of(nation(request.nation()))
                    : delegations(), day);
            case ITINERARY -> documents.itineraries(people(request), day);
        };
    }

    /**
     * Writes the calendar of one person (attendee key) or one delegation (nation code, everything
     * it takes part in as a whole or through members); {@code calendarId} is the summit's random
     * calendar id, part of every UID.
     */
    public void calendar(String attendeeKey, String nation, String calendarId, Instant stamp, OutputStream out)
            throws IOException {
        if ((attendeeKey == null) == (nation == null)) {
            throw new IllegalArgumentException("Name either an attendee or a delegation, not both or neither.");
        }
        List<AgendaItem> items;
        String name;
        if (attendeeKey != null) {
            Attendee person = attendee(attendeeKey);
            items = index.itemsOfAttendee(person);
            name = index.content().summit().nameIn(texts().locale()) + " — " + person.displayName();
        } else {
            String code = nation(nation);
            items = index.itemsOfNation(code);
            name = index.content().summit().nameIn(texts().locale()) + " — " + texts().nation(code);
        }
        new CalendarWriter(index, texts(), calendarId).write(items, name, stamp, out);
    }

    private LocalDate day(LocalDate day) {
        if (day != null && !index.days().contains(day)) {
            List<LocalDate> days = index.days();
            throw new IllegalArgumentException("No day " + day + " in this summit: its days are "
                    + days.get(0) + (days.size() > 1 ? " to " + days.get(days.size() - 1) : "") + ".");
        }
        return day;
    }

    public List<Room> rooms() {
        return index.content().rooms().stream()
                .sorted(Comparator.comparing((Room r) -> r.building() == null ? "" : r.building()).thenComparing(Room::name))
                .toList();
    }

    /** A room by its key, its id ("#7") or its name (in any case). */
    private Room room(String key) {
        List<Room> rooms = index.content().rooms();
        return rooms.stream().filter(r -> key.equals(r.key())).findFirst()
                .or(() -> rooms.stream().filter(r -> byId(key, r.id())).findFirst())
                .or(() -> rooms.stream().filter(r -> key.equalsIgnoreCase(r.name())).findFirst())
                .orElseThrow(() -> new IllegalArgumentException("No room with key \"" + key + "\" in this summit."
                        + listed("rooms", rooms().stream().map(r -> (r.key() == null ? "#" + r.id() : r.key())
                                + " (" + r.name() + ")").toList())));
    }

    /** " The rooms are: a, b, … and 3 more.": what the user could have given instead. */
    public static String listed(String what, List<String> choices) {
        if (choices.isEmpty()) {
            return " It has no " + what + ".";
        }
        int shown = Math.min(choices.size(), 12);
        return " The " + what + " are: " + String.join(", ", choices.subList(0, shown))
                + (choices.size() > shown ? " and " + (choices.size() - shown) + " more." : ".");
    }

    /**
     * Nations with a delegation here: those with attendees, and those taking part without named
     * people yet; in the order of precedence.
     */
    public List<String> delegations() {
        Set<String> codes = new LinkedHashSet<>();
        index.content().attendees().forEach(a -> codes.add(a.nation()));
        index.content().participations().stream().filter(p -> takesPart(p.status())).map(Participation::nation)
                .forEach(codes::add);
        java.text.Collator collator = java.text.Collator.getInstance(texts().locale());
        // in the summit's order of precedence when it has one (PrintService gives it)
        return codes.stream().sorted(index.delegationOrder(Comparator.comparing(texts()::nation, collator))).toList();
    }

    private static boolean takesPart(ParticipationStatus status) {
        return status == ParticipationStatus.CONFIRMED || status == ParticipationStatus.OBSERVER
                || status == ParticipationStatus.INVITED;
    }

    /** A delegation by its nation's code or by the nation's name in the printout's language (in any case). */
    private String nation(String code) {
        String upper = code.toUpperCase(Locale.ROOT);
        List<String> delegations = delegations();
        if (delegations.contains(upper)) {
            return upper;
        }
        return delegations.stream().filter(c -> code.strip().equalsIgnoreCase(texts().nation(c))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No delegation of \"" + code + "\" in this summit."
                        + listed("delegations", delegations.stream().map(c -> c + " (" + texts().nation(c) + ")").toList())));
    }

    private List<Attendee> people(PrintRequest request) {
        if (request.attendeeKey() != null) {
            return List.of(attendee(request.attendeeKey()));
        }
        if (!request.all()) {
            throw new IllegalArgumentException("An itinerary needs --attendee KEY, or --all for everyone"
                    + " (with --nation CODE: everyone in that delegation).");
        }
        java.text.Collator collator = java.text.Collator.getInstance(texts().locale());
        List<String> nations = request.nation() != null ? List.of(nation(request.nation())) : delegations();
        return nations.stream().flatMap(code -> index.members(code, collator).stream()).collect(Collectors.toList());
    }

    /**
     * An attendee by key, by id ("#120", as `check` names those without a key) or by full name (given and
     * family name, in any case) when only one person has it.
     */
    private Attendee attendee(String key) {
        List<Attendee> all = index.content().attendees();
        Optional<Attendee> found = all.stream().filter(a -> key.equals(a.key())).findFirst()
                .or(() -> all.stream().filter(a -> byId(key, a.id())).findFirst());
        if (found.isPresent()) {
            return found.get();
        }
        String wanted = key.strip().replaceAll("\\s+", " ").toLowerCase(texts().locale());
        List<Attendee> named = all.stream().filter(a -> fullName(a).equals(wanted)).toList();
        if (named.size() == 1) {
            return named.get(0);
        }
        if (named.size() > 1) {
            throw new IllegalArgumentException(named.size() + " attendees are called \"" + key + "\"; give one's key."
                    + listed("candidates", named.stream().map(this::named).toList()));
        }
        List<String> like = wanted.isEmpty() ? List.of() : all.stream().filter(a -> fullName(a).contains(wanted))
                .map(this::named).toList();
        throw new IllegalArgumentException("No attendee with key \"" + key + "\" in this summit (give a key, #id or full name)."
                + (like.isEmpty() ? "" : listed("people whose name contains it", like)));
    }

    private String fullName(Attendee a) {
        return (nonNull(a.givenName()) + " " + nonNull(a.familyName())).strip().toLowerCase(texts().locale());
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    /** "Anna Schmidt (anna-schmidt, DE)" or "Anna Schmidt (#120, DE)". */
    private String named(Attendee a) {
        return (nonNull(a.givenName()) + " " + nonNull(a.familyName())).strip() + " ("
                + (a.key() == null ? "#" + a.id() : a.key()) + ", " + a.nation() + ")";
    }

    /** "#120" or "120": how the check command names what has no key. */
    private static boolean byId(String key, long id) {
        String digits = key.startsWith("#") ? key.substring(1) : key;
        return digits.equals(Long.toString(id));
    }
}
