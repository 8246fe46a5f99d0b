package org.summitplanner.bench;

import java.util.List;
import org.summitplanner.model.Nation;
import org.summitplanner.model.SummitContent;
import org.summitplanner.service.ScaleSummit;
import org.summitplanner.service.Services;
import org.summitplanner.store.Database;

/**
 * The summit that {@code demo --scale un} stores (193 delegations, 5,000 attendees, 40 rooms,
 * 2,000 agenda items), built in memory for the benchmarks' set-up.
 */
public final class UnWeek {

    private UnWeek() {
    }

    /** The project's nation table, read from a fresh in-memory database. */
    public static List<Nation> nations() {
        try (Database database = Database.openInMemory("bench-nations-" + System.nanoTime())) {
            return Services.of(database).summits().nations();
        }
    }

    public static SummitContent content() {
        return new ScaleSummit(nations()).generate();
    }
}
