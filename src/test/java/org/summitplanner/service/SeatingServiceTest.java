package org.summitplanner.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.ParticipationStatus;
import org.summitplanner.model.Seat;
import org.summitplanner.model.SeatingLayout;
import org.summitplanner.model.SeatingPlan;
import org.summitplanner.model.SummitContent;
import org.summitplanner.printing.Cards;
import org.summitplanner.printing.Paper;
import org.summitplanner.seating.SeatingChecks;
import org.summitplanner.seating.SeatingGeometry;
import org.summitplanner.seating.SeatingPlanner;
import org.summitplanner.seating.SeatingProblem;
import org.summitplanner.store.Database;
import org.summitplanner.errors.StaleDataException;
import org.summitplanner.store.TestDatabases;

/** Seating plans of the Paris demo's opening plenary: made, checked, stored, printed. */
class SeatingServiceTest {

    private static Database database;
    private static Services services;
    private static long summitId;
    private static SummitContent content;
    private static AgendaItem opening;

    @BeforeAll
    static void load() {
        database = TestDatabases.fresh();
        services = Services.of(database);
        summitId = services.summits().loadDemo().id();
        content = services.seating().content(summitId);
        opening = services.seating().findItem(summitId, "opening");
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static Set<String> nationsAtTheOpening() {
        Set<String> nations = new HashSet<>(opening.nations());
        content.attendees().stream().filter(a -> opening.attendeeIds().contains(a.id())).forEach(a -> nations.add(a.nation()));
        return nations;
    }

    @Test
    void thePlenaryHasOnePlacePerDelegationTheHostFirstAndTwoBehind() {
        SeatingPlan plan = services.seating().generate(summitId, opening.id(), SeatingLayout.PLENARY);
        assertEquals(nationsAtTheOpening().size(), plan.places());
        assertEquals("FR", plan.seat(0, 0).nation());
        Attendee head = content.attendees().stream().filter(a -> a.id() == plan.seat(0, 0).attendeeId()).findFirst()
                .orElseThrow();
        assertTrue(head.headOfDelegation(), head.displayName());
        // after the host, the order of precedence (English short names for now): Australia, Austria ...
        List<String> order = services.seating().delegationOrder(summitId).stream()
                .filter(nationsAtTheOpening()::contains).filter(n -> !n.equals("FR")).toList();
        for (int place = 1; place < plan.places(); place++) {
            assertEquals(order.get(place - 1), plan.seat(place, 0).nation(), "place " + place);
            for (int tier = 1; tier <= 2; tier++) {
                Seat behind = plan.seat(place, tier);
                if (behind != null) {
                    assertEquals(plan.seat(place, 0).nation(), behind.nation());
                }
            }
        }
        assertTrue(plan.seats().stream().anyMatch(s -> s.tier() == 2));
        assertEquals(List.of(), SeatingChecks.check(content, opening, plan));
    }

    @Test
    void theRoundTableSeatsHeadsOnlyHonourToTheRightThenLeft() {
        SeatingPlan plan = services.seating().generate(summitId, opening.id(), SeatingLayout.ROUND);
        assertTrue(plan.seats().stream().allMatch(s -> s.tier() == 0));
        assertEquals(nationsAtTheOpening().size(), plan.seats().size());
        Map<Integer, SeatingGeometry.Point> at = new java.util.HashMap<>();
        SeatingGeometry.placed(plan).forEach(p -> at.put(p.seat().place(), p.at()));
        double hostX = at.get(0).x();
        // the host faces the room: their right is the page's left
        assertTrue(at.get(1).x() < hostX, "place 1 to the host's right");
        assertTrue(at.get(2).x() > hostX, "place 2 to the host's left");
        assertTrue(at.get(3).x() < at.get(1).x(), "place 3 further right");
        assertTrue(at.get(4).x() > at.get(2).x(), "place 4 further left");
        assertEquals(List.of(), SeatingChecks.check(content, opening, plan));
    }

    @Test
    void theTheatreHasAChairPerPersonNobodyTwice() {
        SeatingPlan plan = services.seating().generate(summitId, opening.id(), SeatingLayout.THEATRE);
        Set<Long> seen = new HashSet<>();
        for (Seat s : plan.seats()) {
            assertEquals(0, s.tier());
            if (s.attendeeId() != null) {
                assertTrue(seen.add(s.attendeeId()), "seated twice: " + s);
            }
        }
        assertEquals(nationsAtTheOpening().size(), plan.seats().stream().map(Seat::nation).distinct().count());
        assertEquals(List.of(), SeatingChecks.check(content, opening, plan));
    }

    @Test
    void theUninvitedAreNeverSeatedEvenWhenAnItemListsThem() {
        assertEquals(ParticipationStatus.NOT_INVITED, content.participations().stream()
                .filter(p -> p.nation().equals("US")).findFirst().orElseThrow().status());
        List<String> nations = new ArrayList<>(opening.nations());
        nations.add("US");
        AgendaItem withUs = new AgendaItem(opening.id(), opening.key(), opening.title(), opening.kind(), opening.time(),
                opening.roomId(), opening.closed(), opening.description(), opening.attendeeIds(), nations, 1);
        SeatingService seating = services.seating();
        SeatingPlan plan = SeatingPlanner.plan(content, withUs, SeatingLayout.PLENARY,
                seating.delegationOrder(content), seating.membersInOrder(content));
        assertFalse(plan.seats().stream().anyMatch(s -> s.nation().equals("US")));
        // a chair given to the US by hand is reported
        List<Seat> seats = new ArrayList<>(plan.seats());
        seats.add(new Seat(plan.places(), 0, "US", null));
        List<SeatingProblem> problems = SeatingChecks.check(content, withUs,
                new SeatingPlan(0, opening.id(), SeatingLayout.PLENARY, seats, 0));
        assertEquals(List.of(new SeatingProblem(SeatingProblem.Kind.UNINVITED_SEATED, "US", null)), problems);
        assertEquals("United States is not invited (or declined) but has a seat.",
                problems.get(0).message(Locale.ENGLISH, "United States"));
    }

    @Test
    void aDelegationWithoutASeatAndSomeoneSeatedTwiceAreReported() {
        SeatingPlan plan = services.seating().generate(summitId, opening.id(), SeatingLayout.PLENARY);
        Seat germany = plan.seats().stream().filter(s -> s.nation().equals("DE") && s.tier() == 0).findFirst().orElseThrow();
        Seat macron = plan.seat(0, 0);
        List<Seat> seats = new ArrayList<>();
        for (Seat s : plan.seats()) {
            if (s.nation().equals("DE")) {
                continue;
            }
            seats.add(s);
        }
        // Germany's chair at the table goes to the French head of delegation
        seats.add(new Seat(germany.place(), 0, "FR", macron.attendeeId()));
        List<SeatingProblem> problems = SeatingChecks.check(content, opening,
                new SeatingPlan(0, opening.id(), SeatingLayout.PLENARY, seats, 0));
        String macronName = content.attendees().stream().filter(a -> a.id() == macron.attendeeId()).findFirst()
                .orElseThrow().displayName();
        assertEquals(List.of(
                new SeatingProblem(SeatingProblem.Kind.DELEGATION_WITHOUT_SEAT, "DE", null),
                new SeatingProblem(SeatingProblem.Kind.SEATED_TWICE, "FR", null),
                new SeatingProblem(SeatingProblem.Kind.SEATED_TWICE, "FR", macronName)), problems);
        assertEquals(macronName + " (France) est assis deux fois.", problems.get(2).message(Locale.FRENCH, "France"));
    }

    @Test
    void aStoredPlanComesBackAndASwapIsItsOwnUndo() {
        SeatingPlan generated = services.seating().generate(summitId, opening.id(), SeatingLayout.PLENARY);
        SeatingPlan stored = services.seating().save(summitId, generated);
        assertTrue(stored.id() > 0);
        assertEquals(stored, services.seating().plan(opening.id()).orElseThrow());
        SeatingPlan swapped = stored.swap(1, 0, 2, 0);
        assertEquals(stored.seat(2, 0).nation(), swapped.seat(1, 0).nation());
        // a head dropped on another head at a plenary table moves the whole delegation, chairs behind included
        for (int tier = 0; tier <= 2; tier++) {
            Seat before = stored.seat(2, tier);
            Seat after = swapped.seat(1, tier);
            assertEquals(before == null ? null : before.attendeeId(), after == null ? null : after.attendeeId(), "tier " + tier);
        }
        assertEquals(List.of(), SeatingChecks.check(content, opening, swapped));
        assertEquals(stored.seats(), swapped.swap(1, 0, 2, 0).seats());
        // a member moved behind another delegation's head is reported
        SeatingPlan split = stored.swap(1, 1, 2, 1);
        assertEquals(SeatingProblem.Kind.BEHIND_ANOTHER_DELEGATION, SeatingChecks.check(content, opening, split).get(0).kind());
        SeatingPlan saved = services.seating().save(summitId, swapped);
        assertEquals(stored.version() + 1, saved.version());
        assertEquals(swapped.seats(), services.seating().plan(opening.id()).orElseThrow().seats());
        // the plan read before the swap is stale now: nothing is written
        assertThrows(StaleDataException.class, () -> services.seating().save(summitId, stored.swap(3, 0, 4, 0)));
        assertEquals(swapped.seats(), services.seating().plan(opening.id()).orElseThrow().seats());
        services.seating().delete(saved);
        assertTrue(services.seating().plan(opening.id()).isEmpty());
    }

    @Test
    void thePrintedPlanNamesEverySeatedPerson() throws IOException {
        for (SeatingLayout layout : SeatingLayout.values()) {
            SeatingPlan plan = services.seating().generate(summitId, opening.id(), layout);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            services.seating().pdf(summitId, plan, Paper.A4, Locale.ENGLISH, out);
            String text;
            try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
                assertEquals(1, doc.getNumberOfPages());
                text = new PDFTextStripper().getText(doc);
            }
            assertTrue(text.contains("Seating plan — Opening plenary"), text);
            for (Seat s : plan.seats()) {
                if (s.attendeeId() != null) {
                    Attendee a = content.attendees().stream().filter(x -> x.id() == s.attendeeId()).findFirst().orElseThrow();
                    assertTrue(text.contains(Cards.addressed(a, Locale.ENGLISH)), layout + ": " + a.displayName());
                }
            }
        }
    }

    @Test
    void aDeletedPersonLeavesTheirDelegationsChairEmpty() {
        try (Database own = TestDatabases.fresh()) {
            Services mine = Services.of(own);
            long id = mine.summits().loadDemo().id();
            AgendaItem item = mine.seating().findItem(id, "opening");
            SeatingPlan plan = mine.seating().save(id, mine.seating().generate(id, item.id(), SeatingLayout.PLENARY));
            Seat host = plan.seat(0, 0);
            Attendee head = mine.seating().content(id).attendees().stream().filter(a -> a.id() == host.attendeeId())
                    .findFirst().orElseThrow();
            mine.attendees().delete(id, head);
            SeatingPlan after = mine.seating().plan(item.id()).orElseThrow();
            assertEquals(plan.seats().size(), after.seats().size());
            assertEquals("FR", after.seat(0, 0).nation());
            assertNull(after.seat(0, 0).attendeeId());
        }
    }

    @Test
    void anItemThatIsNotThereIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> services.seating().findItem(summitId, "no-such-item"));
        assertTrue(e.getMessage().contains("\"no-such-item\""), e.getMessage());
        assertNull(services.seating().plan(-1).orElse(null));
    }
}
