package org.summitplanner.ui.main;

import org.summitplanner.service.SummitService;
import org.summitplanner.store.Database;
import org.summitplanner.store.SummitStore;

/** One open database and the services over it. */
record Session(Database database, SummitService summits) implements AutoCloseable {

    static Session of(Database database) {
        return new Session(database, new SummitService(new SummitStore(database)));
    }

    @Override
    public void close() {
        database.close();
    }
}
