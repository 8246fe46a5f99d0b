package org.summitplanner.ui.main;

import org.summitplanner.service.Services;
import org.summitplanner.service.SummitService;
import org.summitplanner.store.Database;

/** One open database and the services over it. */
record Session(Database database, Services services) implements AutoCloseable {

    static Session of(Database database) {
        return new Session(database, Services.of(database));
    }

    SummitService summits() {
        return services.summits();
    }

    @Override
    public void close() {
        database.close();
    }
}
