package org.summitplanner.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.BadgeScheme;
import org.summitplanner.model.SummitContent;
import org.summitplanner.schedule.BadgeQuotas;
import org.summitplanner.schedule.CheckedFinding;
import org.summitplanner.schedule.Finding;
import org.summitplanner.schedule.Rule;
import org.summitplanner.schedule.Severity;
import org.summitplanner.store.Database;
import org.summitplanner.store.TestDatabases;

/** A delegation over its badge quota is a finding of the checks; within it, none. */
class BadgeQuotasTest {

    @Test
    void aDelegationOverItsQuotaIsAFindingOfTheChecks() {
        try (Database database = TestDatabases.fresh()) {
            Services services = Services.of(database);
            long id = services.summits().loadDemo().id();
            SummitContent content = services.seating().content(id);
            BadgeScheme standard = services.badges().scheme(id);
            List<Attendee> french = content.attendees().stream().filter(a -> a.nation().equals("FR"))
                    .filter(a -> standard.categoryOf(a).code().equals("DELEGATE")).toList();
            assertTrue(french.size() >= 2, "the demo has French delegates: " + french.size());
            int before = services.checks().check(id).findings().size();

            // the quota is exactly the count: nothing
            services.badges().saveScheme(id, standard.withQuota("FR", "DELEGATE", french.size()));
            assertEquals(before, services.checks().check(id).findings().size());

            services.badges().saveScheme(id, standard.withQuota("FR", "DELEGATE", french.size() - 1));
            List<CheckedFinding> findings = services.checks().check(id).findings();
            assertEquals(before + 1, findings.size());
            Finding f = findings.stream().map(CheckedFinding::finding)
                    .filter(x -> x.rule() == Rule.BADGE_QUOTA_EXCEEDED).findFirst().orElseThrow();
            assertEquals(Severity.WARNING, f.severity());
            assertEquals(List.of("FR"), f.nations());
            assertEquals(french.stream().map(Attendee::id).sorted().toList(), f.attendeeIds());
            assertEquals("The FR delegation has " + french.size() + " badges of the category Delegate but its quota is "
                    + (french.size() - 1) + ".", f.message(Locale.ENGLISH));
            assertEquals("Quota de badges dépassé : FR, " + french.size() + " badges de la catégorie Délégation pour un quota de "
                    + (french.size() - 1) + ".", f.message(Locale.FRENCH));

            // a French delegate given a category of their own brings the delegation back within its quota
            BadgeScheme moved = services.badges().scheme(id);
            moved = new BadgeScheme(moved.categories(), moved.roleDefaults(), Map.of(french.get(0).id(), "SUPPORT"),
                    Map.of(), moved.quotas());
            services.badges().saveScheme(id, moved);
            assertEquals(before, services.checks().check(id).findings().size());
            assertEquals(List.of(), BadgeQuotas.check(content, moved));
        }
    }
}
