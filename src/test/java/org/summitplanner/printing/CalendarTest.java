package org.summitplanner.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The .ics files, parsed back with ical4j. */
class CalendarTest {

    private static final Instant STAMP = Instant.parse("2025-03-10T17:00:00Z");
    private static PrintFixtures fixtures;

    @BeforeAll
    static void load() {
        fixtures = new PrintFixtures();
    }

    @AfterAll
    static void close() {
        fixtures.close();
    }

    private static byte[] ics(String attendee, String nation) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fixtures.services.printing().ics(fixtures.index, attendee, nation, Locale.ENGLISH, STAMP, out);
        return out.toByteArray();
    }

    private static Calendar parse(byte[] ics) throws Exception {
        return new CalendarBuilder().build(new ByteArrayInputStream(ics));
    }

    @Test
    void anAttendeesCalendarHasTheirItemsInTheSummitsTimeZone() throws Exception {
        Calendar calendar = parse(ics("si-1", null));
        List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
        assertEquals(1, zones.size());
        assertEquals("Europe/Paris", zones.get(0).getProperty(Property.TZID).orElseThrow().getValue());

        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(List.of("Opening plenary", "Bilateral Ukraine – Slovenia", "Working lunch", "Closing session"),
                events.stream().map(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue()).toList());
        VEvent bilateral = events.get(1);
        ZonedDateTime paris = ZonedDateTime.of(2025, 3, 11, 10, 30, 0, 0, ZoneId.of("Europe/Paris"));
        assertEquals("TZID=Europe/Paris", bilateral.getProperty(Property.DTSTART).orElseThrow()
                .getParameter("TZID").orElseThrow().toString());
        assertEquals(paris.toInstant(), instant(bilateral.getStartDate().orElseThrow().getDate()));
        assertEquals(paris.plusMinutes(30).toInstant(), instant(bilateral.getEndDate().orElseThrow().getDate()));
        assertEquals("Salon Murat, Élysée Palace", bilateral.getProperty(Property.LOCATION).orElseThrow().getValue());
        assertEquals("CONFIDENTIAL", bilateral.getProperty(Property.CLASS).orElseThrow().getValue());
        assertTrue(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue().endsWith("Lt. Gen. Robert Glavaš"));
    }

    @Test
    void aDelegationsCalendarHasEverythingItTakesPartInAndUidsStayTheSame() throws Exception {
        byte[] first = ics(null, "UA");
        List<VEvent> events = parse(first).getComponents("VEVENT");
        assertEquals(List.of("Opening plenary", "Bilateral Ukraine – Slovenia", "Working lunch", "Joint press conference",
                "Closing session"), events.stream().map(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue()).toList());
        List<String> uids = events.stream().map(e -> e.getProperty(Property.UID).orElseThrow().getValue()).toList();
        assertEquals(uids.size(), uids.stream().distinct().count());
        List<VEvent> again = parse(ics(null, "UA")).getComponents("VEVENT");
        assertEquals(uids, again.stream().map(e -> e.getProperty(Property.UID).orElseThrow().getValue()).toList());
        // the same item in a person's calendar is the same event
        List<VEvent> person = parse(ics("ua-1", null)).getComponents("VEVENT");
        assertTrue(uids.containsAll(person.stream().map(e -> e.getProperty(Property.UID).orElseThrow().getValue()).toList()));
    }

    private static Instant instant(Temporal t) {
        return t instanceof ZonedDateTime z ? z.toInstant() : Instant.from(t);
    }
}
