package org.summitplanner.printing;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
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
 * with a UID that stays the same on every export of the same item (so a second import updates
 * rather than duplicates), closed-door items marked CONFIDENTIAL.
 */
public final class CalendarWriter {

    static {
        // the time-zone definitions ship inside ical4j; never fetch newer ones from the network
        System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
    }

    private final SummitIndex index;
    private final PrintTexts texts;
    private final ItemCells cells;

    public CalendarWriter(SummitIndex index, PrintTexts texts) {
        this.index = index;
        this.texts = texts;
        this.cells = new ItemCells(index, texts);
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
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (ValidationException e) {
            throw new IllegalStateException("the calendar is not valid iCalendar: " + e.getMessage(), e);
        }
    }

    private VEvent event(Summit summit, AgendaItem item, Instant stamp) {
        ZonedDateTime start = item.time().start().atZone(summit.timeZone());
        ZonedDateTime end = item.time().end().atZone(summit.timeZone());
        VEvent event = new VEvent(start, end, item.title());
        event.add(new Uid(uid(summit, item)));
        event.replace(new DtStamp(stamp));
        Room room = index.room(item.roomId());
        if (room != null) {
            event.add(new Location(room.building() == null || room.building().isBlank() ? room.name()
                    : room.name() + ", " + room.building()));
        }
        List<String> lines = new ArrayList<>();
        lines.add(texts.kind(item.kind()) + (item.closed() ? " — " + texts.text("item.closed") : ""));
        if (item.description() != null && !item.description().isBlank()) {
            lines.add(item.description().strip());
        }
        if (!item.nations().isEmpty()) {
            lines.add(texts.text("item.delegations", cells.nations(item.nations())));
        }
        event.add(new Description(String.join("\n", lines)));
        event.add(item.closed() ? ImmutableClazz.CONFIDENTIAL : ImmutableClazz.PUBLIC);
        return event;
    }

    /** Stable across exports: the summit's and the item's ids, which never change once stored. */
    static String uid(Summit summit, AgendaItem item) {
        return "item-" + item.id() + ".summit-" + summit.id() + "@summit-planner";
    }
}
