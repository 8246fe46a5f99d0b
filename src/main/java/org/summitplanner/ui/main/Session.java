package org.summitplanner.ui.main;

import org.summitplanner.service.OpenServices;
import org.summitplanner.service.Services;
import org.summitplanner.service.SummitService;

/** One open database and the services over it (made by Services.open, the composition root). */
record Session(OpenServices opened) implements AutoCloseable {

    Services services() {
        return opened.services();
    }

    SummitService summits() {
        return opened.services().summits();
    }

    /** What was opened: the file, or postgresql://HOST:PORT/DB. */
    String description() {
        return opened.description();
    }

    @Override
    public void close() {
        opened.close();
    }
}
