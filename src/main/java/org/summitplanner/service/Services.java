package org.summitplanner.service;

import java.time.Clock;
import org.summitplanner.store.AcknowledgementStore;
import org.summitplanner.store.AgendaStore;
import org.summitplanner.store.AttendeeImportStore;
import org.summitplanner.store.AuditStore;
import org.summitplanner.store.AttendeeStore;
import org.summitplanner.store.BadgeStore;
import org.summitplanner.store.BilateralStore;
import org.summitplanner.store.CalendarIdStore;
import org.summitplanner.store.Database;
import org.summitplanner.store.ParticipationStore;
import org.summitplanner.store.PrecedenceStore;
import org.summitplanner.store.RoomStore;
import org.summitplanner.store.SeatingStore;
import org.summitplanner.store.SummitChanges;
import org.summitplanner.store.SummitStore;

/** The services over one open database. */
public record Services(SummitService summits, RoomService rooms, NationService nations, AttendeeService attendees,
                       AgendaService agenda, CheckService checks, ImportService imports,
                       PrintService printing, SeatingService seating, BadgeService badges,
                       HistoryService history, TeamService team, BilateralService bilaterals,
                       PrecedenceService precedence) {

    public static Services of(Database database) {
        return of(database, Clock.systemDefaultZone());
    }

    /** @param clock "today" for the dates that status changes fill in (tests fix it) */
    public static Services of(Database database, Clock clock) {
        RoomStore rooms = new RoomStore(database);
        SummitStore summitStore = new SummitStore(database);
        SummitService summits = new SummitService(summitStore);
        AttendeeStore attendeeStore = new AttendeeStore(database);
        ParticipationStore participations = new ParticipationStore(database, clock);
        // the open summit in memory, shared by the checks and the agenda (see SummitMemory)
        SummitMemory memory = new SummitMemory(summitStore, new SummitChanges(database));
        PrecedenceService precedence = new PrecedenceService(new PrecedenceStore(database), summitStore, attendeeStore,
                summits);
        BadgeStore badgeStore = new BadgeStore(database);
        SeatingService seating = new SeatingService(new SeatingStore(database), summits, memory, precedence);
        return new Services(summits, new RoomService(rooms),
                new NationService(participations), new AttendeeService(attendeeStore),
                new AgendaService(new AgendaStore(database), rooms, memory),
                new CheckService(memory, new AcknowledgementStore(database), clock, badgeStore),
                new ImportService(new AttendeeImportStore(database), summitStore, participations),
                new PrintService(summitStore, summits, new CalendarIdStore(database), memory, precedence),
                seating, new BadgeService(badgeStore, seating, summits),
                new HistoryService(new AuditStore(database)), new TeamService(database),
                new BilateralService(new BilateralStore(database), summitStore, memory), precedence);
    }
}
