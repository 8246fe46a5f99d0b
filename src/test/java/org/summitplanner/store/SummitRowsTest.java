package org.summitplanner.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.summitplanner.store.jooq.Tables.SUMMIT;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.summitplanner.errors.DatabaseException;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.BadgeCategory;
import org.summitplanner.model.BadgeScheme;
import org.summitplanner.model.DelegationRule;
import org.summitplanner.model.MemberRule;
import org.summitplanner.model.SeatingLayout;
import org.summitplanner.model.Summit;
import org.summitplanner.model.SummitContent;
import org.summitplanner.model.SummitExtras;
import org.summitplanner.service.Services;

/**
 * The whole summit read in plain JDBC (what an export writes) is what the stores read with jOOQ: every
 * part of it, for summits with and without a stored precedence, badge scheme and seating plans.
 */
class SummitRowsTest {

    /** The summit as SummitStore.readWhole read it with jOOQ before SummitRows read it all. */
    private static SummitStore.Whole withJooq(Database db, long summitId) {
        return db.dsl().transactionResult(tx -> {
            DSLContext d = tx.dsl();
            SummitContent read = new SummitStore(db).read(summitId);
            SummitContent content = new SummitContent(read.summit(), read.participations(), read.rooms(),
                    read.attendees(), read.agenda(), read.bilaterals(), PrecedenceStore.read(d, summitId).orElse(null));
            BadgeScheme badges = BadgeStore.stored(d, summitId);
            if (BadgeScheme.standard().equals(badges)) {
                badges = null;
            }
            return new SummitStore.Whole(content, new SummitExtras(badges, SeatingStore.plans(d, summitId)));
        });
    }

    @Test
    void theWholeSummitIsWhatJooqReads() throws Exception {
        try (Database db = Database.openInMemory("summit-rows")) {
            Services services = Services.of(db);
            long demo = services.summits().loadDemo().id();
            services.summits().load(Path.of("assets/samples/world-summit.json"));
            long dressed = services.summits().loadDemo().id();
            // the second demo with everything an export writes beyond the rows: plans, a scheme, an order
            List<AgendaItem> items = services.agenda().items(dressed);
            services.seating().save(dressed, services.seating().generate(dressed, items.get(0).id(),
                    SeatingLayout.PLENARY));
            AgendaItem withNations = items.stream().filter(i -> !i.nations().isEmpty()).skip(1).findFirst()
                    .orElseThrow();
            services.seating().save(dressed, services.seating().generate(dressed, withNations.id(),
                    SeatingLayout.ROUND));
            BadgeScheme standard = BadgeScheme.standard();
            List<BadgeCategory> categories = new ArrayList<>(standard.categories());
            categories.add(new BadgeCategory("VIP", "Guest of honour", "Invité d’honneur", "#6A1B9A", "A"));
            List<Attendee> people = services.attendees().attendees(dressed);
            Map<Long, String> own = new HashMap<>();
            own.put(people.get(3).id(), "VIP");
            Map<Long, String> zones = new HashMap<>();
            zones.put(people.get(3).id(), "A + tribune");
            zones.put(people.get(7).id(), "Salle de presse");
            services.badges().saveScheme(dressed, new BadgeScheme(categories, standard.roleDefaults(), own, zones,
                    Map.of()).withQuota("FR", "PRINCIPAL", 3).withQuota("DE", "DELEGATE", 0));
            services.precedence().save(dressed, services.precedence().precedence(dressed)
                    .withRule(DelegationRule.HAND).withMembers(MemberRule.HAND).withHandOrder(List.of("UA", "FR", "DE"))
                    .withLot("FR", "K", 12345678901L));

            SummitStore store = new SummitStore(db);
            List<Summit> summits = db.dsl().selectFrom(SUMMIT).orderBy(SUMMIT.ID).fetch(Rows::summit);
            assertEquals(3, summits.size());
            assertEquals(summits, store.summits());
            for (Summit summit : summits) {
                assertEquals(summit, store.summit(summit.id()).orElseThrow());
                assertEquals(summit, store.summitNamed(summit.name()).orElseThrow());
                SummitStore.Whole expected = withJooq(db, summit.id());
                SummitStore.Whole read = store.readWhole(summit.id());
                assertEquals(expected.content(), read.content(), summit.name());
                assertEquals(expected.extras(), read.extras(), summit.name());
            }
            SummitStore.Whole whole = store.readWhole(dressed);
            assertNotNull(whole.content().precedence());
            assertEquals(List.of("UA", "FR", "DE"), whole.content().precedence().handOrder());
            assertNotNull(whole.extras().badges());
            assertEquals(2, whole.extras().plans().size());
            assertEquals(null, store.readWhole(demo).extras().badges());
            assertFalse(store.summitNamed("no such summit").isPresent());
            assertThrows(DatabaseException.class, () -> store.readWhole(999_999));
        }
    }
}
