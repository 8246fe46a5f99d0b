package org.summitplanner.schedule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.Room;
import org.summitplanner.model.SummitContent;
import org.summitplanner.summitfile.SummitFileException;
import org.summitplanner.summitfile.SummitFileReader;

/** The hand-written summit files of the rule tests, read as the app reads them, and findings named by keys. */
final class TestSummits {

    /** ISO 3166 codes and the organisations: enough for the test files without a database. */
    static final Set<String> NATIONS = Stream.concat(Stream.of(Locale.getISOCountries()), Stream.of("EU", "NATO", "UN"))
            .collect(Collectors.toUnmodifiableSet());

    private TestSummits() {
    }

    static SummitContent load(String name) {
        try (InputStream in = TestSummits.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test summit " + name);
            }
            return new SummitFileReader(NATIONS).read(in.readAllBytes(), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SummitFileException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Each finding of the rule as "attendee keys / item keys / room keys / nations", in the checks' order. */
    static List<String> described(SummitContent content, List<Finding> findings, Rule rule) {
        Map<Long, String> attendees = new HashMap<>();
        content.attendees().forEach(a -> attendees.put(a.id(), a.key()));
        Map<Long, String> items = new HashMap<>();
        content.agenda().forEach(i -> items.put(i.id(), i.key()));
        Map<Long, String> rooms = new HashMap<>();
        content.rooms().forEach(r -> rooms.put(r.id(), r.key()));
        List<String> out = new ArrayList<>();
        for (Finding f : findings) {
            if (f.rule() == rule) {
                List<String> parts = new ArrayList<>();
                f.attendeeIds().forEach(id -> parts.add(attendees.get(id)));
                f.itemIds().forEach(id -> parts.add(items.get(id)));
                f.roomIds().forEach(id -> parts.add(rooms.get(id)));
                parts.addAll(f.nations());
                out.add(String.join(" ", parts));
            }
        }
        return out.stream().sorted().toList();
    }

    static Attendee attendee(SummitContent content, String key) {
        return content.attendees().stream().filter(a -> key.equals(a.key())).findFirst().orElseThrow();
    }

    static AgendaItem item(SummitContent content, String key) {
        return content.agenda().stream().filter(i -> key.equals(i.key())).findFirst().orElseThrow();
    }

    static Room room(SummitContent content, String key) {
        return content.rooms().stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
    }
}
