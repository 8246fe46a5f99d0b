package org.summitplanner.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.Summit;
import org.summitplanner.model.SummitOverview;
import org.summitplanner.service.Services;

/** The plain-JDBC listing of the summits (SummitOverviews) says what SummitStore.overview says of each. */
class SummitOverviewsTest {

    @Test
    void everySummitsOverviewIsTheStoresOne() {
        try (Database db = Database.openInMemory("overviews")) {
            assertEquals(List.of(), new SummitOverviews(db).all());
            Services services = Services.of(db);
            services.summits().loadDemo();
            SummitStore store = new SummitStore(db);
            store.createSummit(new Summit(0, "Empty", "FR", "Paris", null, LocalDate.of(2025, 1, 2),
                    LocalDate.of(2025, 1, 3), ZoneId.of("Europe/Paris"), 0));
            services.summits().loadDemo();

            List<SummitOverview> all = new SummitOverviews(db).all();
            List<SummitOverview> expected = store.summits().stream().map(s -> store.overview(s.id())).toList();
            assertEquals(3, all.size());
            assertEquals(expected, all);
            assertTrue(all.get(0).agendaItems() > 0 && all.get(0).nationsTakingPart() == 34, all.get(0).toString());
            assertEquals(0, all.get(1).attendees());
        }
    }
}
