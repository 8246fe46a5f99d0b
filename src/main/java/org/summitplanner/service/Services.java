package org.summitplanner.service;

import org.summitplanner.store.AttendeeStore;
import org.summitplanner.store.Database;
import org.summitplanner.store.RoomStore;
import org.summitplanner.store.SummitStore;

/** The services over one open database. */
public record Services(SummitService summits, RoomService rooms, AttendeeService attendees) {

    public static Services of(Database database) {
        return new Services(new SummitService(new SummitStore(database)), new RoomService(new RoomStore(database)),
                new AttendeeService(new AttendeeStore(database)));
    }
}
