package org.summitplanner.service;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.BadgeCategory;
import org.summitplanner.model.BadgeScheme;
import org.summitplanner.model.Seat;
import org.summitplanner.model.SeatingLayout;
import org.summitplanner.model.SeatingPlan;
import org.summitplanner.model.Summit;
import org.summitplanner.summitfile.SummitFileException;
import org.summitplanner.summitfile.SummitFileException.Problem;
import org.summitplanner.store.Database;
import org.summitplanner.store.TestDatabases;

/** The badge scheme and the seating plans in the summit file: round trip, old files, bad values. */
class SummitFileExtrasTest {

    @TempDir
    Path dir;

    private final List<Database> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(Database::close);
    }

    private Services fresh() {
        Database database = TestDatabases.fresh();
        opened.add(database);
        return Services.of(database);
    }

    /** The demo with a plenary plan, a round-table plan, an own scheme with a quota and two own badges. */
    private static long demoWithPlansAndQuotas(Services services) {
        long summitId = services.summits().loadDemo().id();
        AgendaItem opening = services.seating().findItem(summitId, "opening");
        services.seating().save(summitId, services.seating().generate(summitId, opening.id(), SeatingLayout.PLENARY));
        SeatingPlan plan = services.seating().plan(opening.id()).orElseThrow();
        // a delegation's chair without a named person, as a deletion leaves it
        Seat named = plan.seats().stream().filter(s -> s.attendeeId() != null && s.tier() == 1).findFirst().orElseThrow();
        List<Seat> seats = new ArrayList<>(plan.seats());
        seats.set(seats.indexOf(named), named.withOccupant(named.nation(), null));
        services.seating().save(summitId, new SeatingPlan(plan.id(), plan.agendaItemId(), plan.layout(), seats,
                plan.version()));
        AgendaItem second = services.agenda().items(summitId).stream().filter(i -> i.id() != opening.id())
                .filter(i -> !i.nations().isEmpty()).findFirst().orElseThrow();
        services.seating().save(summitId, services.seating().generate(summitId, second.id(), SeatingLayout.ROUND));

        BadgeScheme standard = BadgeScheme.standard();
        List<BadgeCategory> categories = new ArrayList<>(standard.categories());
        categories.add(new BadgeCategory("VIP", "Guest of honour", "Invité d’honneur", "#6A1B9A", null));
        List<Attendee> people = services.attendees().attendees(summitId);
        Map<Long, String> own = new HashMap<>();
        own.put(people.get(3).id(), "VIP");
        Map<Long, String> zones = new HashMap<>();
        zones.put(people.get(3).id(), "A + tribune");
        zones.put(people.get(7).id(), "Salle de presse");
        services.badges().saveScheme(summitId, new BadgeScheme(categories, standard.roleDefaults(), own, zones,
                Map.of()).withQuota("FR", "PRINCIPAL", 3).withQuota("DE", "DELEGATE", 0).withQuota("DE", "PRINCIPAL", 2));
        return summitId;
    }

    @Test
    void theDemoWithPlansAndQuotasExportsLoadsAndExportsIdentically() throws Exception {
        Services first = fresh();
        long summitId = demoWithPlansAndQuotas(first);
        byte[] exported = first.summits().export(summitId);
        String text = new String(exported, UTF_8);
        assertTrue(text.contains("\"badges\": {"), "the scheme is written");
        assertTrue(text.contains("\"seating\": ["), "the plans are written");
        assertTrue(text.contains("\"quota\": 0"), text);

        Services second = fresh();
        Summit loaded = second.summits().load(Files.write(dir.resolve("paris.json"), exported));
        byte[] again = second.summits().export(loaded.id());
        assertEquals(text, new String(again, UTF_8));
        assertArrayEquals(exported, again);

        // and what was loaded is what was there, not just the same text
        BadgeScheme before = first.badges().scheme(summitId);
        BadgeScheme after = second.badges().scheme(loaded.id());
        assertEquals(before.categories(), after.categories());
        assertEquals(before.roleDefaults(), after.roleDefaults());
        assertEquals(before.quotas(), after.quotas());
        assertEquals(2, after.attendeeZones().size());
        AgendaItem opening = second.seating().findItem(loaded.id(), "opening");
        SeatingPlan plan = second.seating().plan(opening.id()).orElseThrow();
        SeatingPlan original = first.seating().plan(first.seating().findItem(summitId, "opening").id()).orElseThrow();
        assertEquals(original.seats().size(), plan.seats().size());
        assertEquals(original.seats().stream().filter(s -> s.attendeeId() == null).count(),
                plan.seats().stream().filter(s -> s.attendeeId() == null).count());
        // a plan made after a load gets its own id (the identity was not taken by the loaded plans)
        second.seating().save(loaded.id(), second.seating().generate(loaded.id(), opening.id(), SeatingLayout.THEATRE));
    }

    @Test
    void aSummitWithTheStandardSchemeAndNoPlansWritesNeitherSection() {
        Services services = fresh();
        long summitId = services.summits().loadDemo().id();
        String text = new String(services.summits().export(summitId), UTF_8);
        assertFalse(text.contains("\"badges\""));
        assertFalse(text.contains("\"seating\""));
    }

    private List<Problem> refused(String json) throws Exception {
        Services services = fresh();
        Path file = Files.writeString(dir.resolve("bad.json"), json);
        SummitFileException e = assertThrows(SummitFileException.class, () -> services.summits().load(file));
        assertEquals(List.of(), services.summits().summits(), "nothing is loaded");
        return e.problems();
    }

    @Test
    void badValuesAreRefusedWithTheirLineAndColumn() throws Exception {
        Services first = fresh();
        String good = new String(first.summits().export(demoWithPlansAndQuotas(first)), UTF_8);

        String badColour = good.replace("\"colour\": \"#6A1B9A\"", "\"colour\": \"purple\"");
        Problem p = single(refused(badColour));
        assertEquals("$.badges.categories[4].colour", p.path());
        assertEquals(lineOf(badColour, "\"purple\""), p.line());
        assertTrue(p.column() > 0);

        String badQuota = good.replaceFirst("\"quota\": 0", "\"quota\": -1");
        p = single(refused(badQuota));
        assertTrue(p.path().startsWith("$.badges.quotas["), p.toString());
        assertEquals(lineOf(badQuota, "\"quota\": -1"), p.line());

        String unknownCategory = good.replaceFirst("\"category\": \"VIP\"", "\"category\": \"VVIP\"");
        p = single(refused(unknownCategory));
        assertTrue(p.path().matches("\\$\\.badges\\.attendees\\[\\d]\\.category"), p.toString());
        assertEquals(lineOf(unknownCategory, "\"VVIP\""), p.line());
        assertTrue(p.message().contains("VVIP"), p.message());

        String badTier = good.replaceFirst("\"tier\": 2", "\"tier\": 3");
        p = single(refused(badTier));
        assertTrue(p.path().matches("\\$\\.seating\\[0]\\.seats\\[\\d+]\\.tier"), p.toString());
        assertEquals(lineOf(badTier, "\"tier\": 3"), p.line());

        String badLayout = good.replaceFirst("\"layout\": \"PLENARY\"", "\"layout\": \"BANQUET\"");
        p = single(refused(badLayout));
        assertEquals("$.seating[0].layout", p.path());

        String unknownItem = good.replaceFirst("\"item\": \"opening\"", "\"item\": \"closing-gala\"");
        p = single(refused(unknownItem));
        assertEquals("$.seating[0].item", p.path());
        assertEquals(lineOf(unknownItem, "\"closing-gala\""), p.line());

        String unknownField = good.replaceFirst("\"layout\": \"PLENARY\"", "\"layout\": \"PLENARY\", \"rows\": 3");
        p = single(refused(unknownField));
        assertEquals(lineOf(unknownField, "\"rows\": 3"), p.line());
    }

    private static Problem single(List<Problem> problems) {
        assertEquals(1, problems.size(), problems::toString);
        return problems.get(0);
    }

    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        assertTrue(at >= 0, needle);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
