package org.summitplanner.printing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableClazz;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.Room;
import org.summitplanner.model.Summit;

/**
 * Writes agenda items as an iCalendar file (RFC 5545) that Outlook, Apple Calendar and
 * Thunderbird import: times in the summit's time zone with its VTIMEZONE, one VEVENT per item
 * with a UID that stays the same on every export of the same item from the same database (so a
 * second import updates rather than duplicates) and differs from every other database's, lines
 * folded at 75 octets, closed-door items marked CONFIDENTIAL; French texts in a French calendar.
 */
public final class CalendarWriter {

    static {
        // the time-zone definitions ship inside ical4j; never fetch newer ones from the network
        System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
    }

    /** RFC 5545 3.1: lines longer than 75 octets (not characters) are folded. */
    static final int FOLD_OCTETS = 75;

    private final SummitIndex index;
    private final PrintTexts texts;
    private final ItemCells cells;
    private final String calendarId;

    /**
     * @param calendarId the summit's random calendar id ({@code CalendarIdStore}), which makes the
     *        UIDs differ from those of any other database
     */
    public CalendarWriter(SummitIndex index, PrintTexts texts, String calendarId) {
        this.index = index;
        this.texts = texts;
        this.cells = new ItemCells(index, texts);
        this.calendarId = calendarId;
    }

    /**
     * @param name the calendar's name shown by the client (X-WR-CALNAME)
     * @param stamp when the file is made (DTSTAMP)
     */
    public void write(List<AgendaItem> items, String name, Instant stamp, OutputStream out) throws IOException {
        Summit summit = index.content().summit();
        ZoneId zone = summit.timeZone();
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        TimeZone tz = registry.getTimeZone(zone.getId());
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Summit Planner//Summit Planner 0.1//" + texts.locale().getLanguage().toUpperCase()));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
        if (tz != null) {
            calendar.add(tz.getVTimeZone());
        }
        for (AgendaItem item : items) {
            calendar.add(event(summit, item, stamp));
        }
        StringWriter unfolded = new StringWriter();
        try {
            // ical4j folds at 75 characters, which is up to 300 octets of UTF-8: it writes unfolded
            // lines here (a fold length no line reaches) and they are folded by octets below
            new CalendarOutputter(true, Integer.MAX_VALUE).output(calendar, unfolded);
        } catch (ValidationException e) {
            throw new IllegalStateException("the calendar is not valid iCalendar: " + e.getMessage(), e);
        }
        out.write(fold(unfolded.toString()).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private VEvent event(Summit summit, AgendaItem item, Instant stamp) {
        ZonedDateTime start = item.time().start().atZone(summit.timeZone());
        ZonedDateTime end = item.time().end().atZone(summit.timeZone());
        Locale locale = texts.locale();
        VEvent event = new VEvent(start, end, item.titleIn(locale));
        event.add(new Uid(uid(item, calendarId)));
        event.replace(new DtStamp(stamp));
        Room room = index.room(item.roomId());
        if (room != null) {
            String building = room.buildingIn(locale);
            event.add(new Location(building == null || building.isBlank() ? room.nameIn(locale)
                    : room.nameIn(locale) + ", " + building));
        }
        List<String> lines = new ArrayList<>();
        lines.add(texts.kind(item.kind()) + (item.closed() ? " — " + texts.text("item.closed") : ""));
        String description = item.descriptionIn(locale);
        if (description != null && !description.isBlank()) {
            lines.add(description.strip());
        }
        if (!item.nations().isEmpty()) {
            lines.add(texts.text("item.delegations", cells.nations(item.nations())));
        }
        event.add(new Description(String.join("\n", lines)));
        event.add(item.closed() ? ImmutableClazz.CONFIDENTIAL : ImmutableClazz.PUBLIC);
        return event;
    }

    /**
     * Stable across exports from one database and unique across databases: the item's id (which
     * never changes once stored) and the summit's random calendar id.
     */
    static String uid(AgendaItem item, String calendarId) {
        return "item-" + item.id() + "." + calendarId + "@summit-planner";
    }

    /**
     * Folds content lines longer than 75 octets (RFC 5545 3.1): a CRLF and a space go between two
     * characters, never inside one (a UTF-8 sequence or a surrogate pair), and the space of a
     * continuation line counts in its 75 octets. Lines end with CRLF.
     */
    static String fold(String unfolded) {
        StringBuilder sb = new StringBuilder(unfolded.length() + unfolded.length() / 30);
        for (String line : unfolded.split("\r?\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                int size = utf8Length(cp);
                if (octets + size > FOLD_OCTETS) {
                    sb.append("\r\n ");
                    octets = 1;
                }
                sb.appendCodePoint(cp);
                octets += size;
                i += Character.charCount(cp);
            }
            sb.append("\r\n");
        }
        return sb.toString();
    }

    private static int utf8Length(int cp) {
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }
}
