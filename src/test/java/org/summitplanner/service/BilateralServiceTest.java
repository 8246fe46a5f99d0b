package org.summitplanner.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.AgendaKind;
import org.summitplanner.model.BilateralRequest;
import org.summitplanner.model.BilateralStatus;
import org.summitplanner.model.Summit;
import org.summitplanner.schedule.CheckedFinding;
import org.summitplanner.schedule.bilaterals.BilateralSolver;
import org.summitplanner.schedule.bilaterals.Proposal;
import org.summitplanner.store.Database;
import org.summitplanner.errors.StaleDataException;
import org.summitplanner.store.TestDatabases;

/** Bilateral requests of the demo summit proposed, accepted, undone and exported, against real H2. */
class BilateralServiceTest {

    private static final BilateralSolver.Settings QUICK = BilateralSolver.Settings.defaults()
            .withLimit(Duration.ofSeconds(3));

    @TempDir
    Path dir;

    private final Database database = TestDatabases.fresh();
    private final Services services = Services.of(database);

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theDemoSummitsTwentyRequestsAreAllPlacedWithNoFindingAdded() {
        long summit = services.summits().loadDemo().id();
        assertEquals(20, services.bilaterals().requests(summit).size());
        Set<List<String>> before = findings(summit);

        Proposal proposal = services.bilaterals().propose(summit, new BilateralSolver(), QUICK, null);
        assertEquals(20, proposal.meetings().size(), "left out: " + proposal.unplaced());
        assertEquals(0, proposal.hardBroken(), proposal.score());

        int items = services.checks().check(summit).content().agenda().size();
        services.bilaterals().accept(summit, proposal.meetings());
        // the checks see the summit as it is now (the summit in memory reads the new rows)
        assertEquals(items + 20, services.checks().check(summit).content().agenda().size());
        assertEquals(before, findings(summit), "the checks find something new after accepting");
        List<AgendaItem> bilaterals = services.agenda().items(summit).stream()
                .filter(i -> i.title().startsWith("Bilateral ")).toList();
        assertEquals(20, bilaterals.size());
        assertTrue(bilaterals.stream().allMatch(i -> i.kind() == AgendaKind.BILATERAL && i.roomId() != null));
        assertTrue(services.bilaterals().requests(summit).stream()
                .allMatch(r -> r.status() == BilateralStatus.PLACED && r.agendaItemId() != null));
        // Ukraine asked for an interpreter (uk) for its meeting with Germany: one of the two delegations' comes
        AgendaItem uaDe = bilaterals.stream().filter(i -> i.title().equals("Bilateral Ukraine – Germany")).findFirst()
                .orElseThrow(() -> new AssertionError(bilaterals.stream().map(AgendaItem::title).toList()));
        assertEquals(3, uaDe.attendeeIds().size(), uaDe.toString());
        assertEquals("Entretien bilatéral Ukraine – Allemagne", uaDe.titleFr());
        assertTrue(uaDe.description().startsWith("Interpreters: uk"), uaDe.description());
        assertTrue(uaDe.descriptionFr().startsWith("Interprètes : uk"), "printed in French: " + uaDe.descriptionFr());
    }

    @Test
    void acceptingIsUndoneAndRedoneWhole() {
        long summit = services.summits().loadDemo().id();
        List<AgendaItem> agendaBefore = services.agenda().items(summit);
        List<BilateralRequest> requestsBefore = services.bilaterals().requests(summit);
        Proposal proposal = services.bilaterals().propose(summit, new BilateralSolver(), QUICK, null);

        BilateralService.Accepted accepted = services.bilaterals().accept(summit, proposal.meetings().subList(0, 5));
        assertEquals(agendaBefore.size() + 5, services.agenda().items(summit).size());
        assertEquals(5, services.bilaterals().requests(summit).stream().filter(r -> !r.open()).count());

        services.bilaterals().unaccept(accepted);
        assertEquals(agendaBefore, services.agenda().items(summit));
        assertEquals(requestsBefore.stream().map(BilateralRequest::status).toList(),
                services.bilaterals().requests(summit).stream().map(BilateralRequest::status).toList());

        BilateralService.Accepted again = services.bilaterals().reaccept(accepted);
        assertEquals(5, again.items().size());
        assertEquals(agendaBefore.size() + 5, services.agenda().items(summit).size());
    }

    @Test
    void aRequestChangedSinceTheProposalFailsTheWholeAcceptanceAndWritesNothing() {
        long summit = services.summits().loadDemo().id();
        List<AgendaItem> agendaBefore = services.agenda().items(summit);
        Proposal proposal = services.bilaterals().propose(summit, new BilateralSolver(), QUICK, null);
        BilateralRequest last = proposal.meetings().get(proposal.meetings().size() - 1).request();
        services.bilaterals().update(new BilateralRequest(last.id(), last.nation(), last.withNation(), 60,
                last.priority(), last.languages(), last.status(), null, "changed", last.version()));

        assertThrows(StaleDataException.class, () -> services.bilaterals().accept(summit, proposal.meetings()));
        assertEquals(agendaBefore, services.agenda().items(summit));
        assertTrue(services.bilaterals().requests(summit).stream().allMatch(BilateralRequest::open));
    }

    @Test
    void placedRequestsRoundTripThroughTheSummitFile() throws Exception {
        long summit = services.summits().loadDemo().id();
        Proposal proposal = services.bilaterals().propose(summit, new BilateralSolver(), QUICK, null);
        services.bilaterals().accept(summit, proposal.meetings().subList(0, 7));

        byte[] exported = services.summits().export(summit);
        String text = new String(exported, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains("\"status\": \"PLACED\""), "placed requests are written with their status");
        Path file = dir.resolve("with-bilaterals.json");
        Files.write(file, exported);
        Summit loaded = services.summits().load(file);
        assertEquals(7, services.bilaterals().requests(loaded.id()).stream().filter(r -> !r.open()).count());
        byte[] again = services.summits().export(loaded.id());
        assertEquals(text.replace(services.summits().summit(summit).name(), "X"),
                new String(again, java.nio.charset.StandardCharsets.UTF_8)
                        .replace(services.summits().summit(loaded.id()).name(), "X"));
    }

    @Test
    void addChangeDeleteAndRestoreARequest() {
        long summit = services.summits().loadDemo().id();
        BilateralRequest added = services.bilaterals().add(summit, new BilateralRequest(0, "GR", "UA", 30, 2,
                List.of("en"), BilateralStatus.REQUESTED, null, null, 0));
        BilateralRequest changed = services.bilaterals().update(new BilateralRequest(added.id(), "GR", "UA", 45, 1,
                List.of(), BilateralStatus.REQUESTED, null, "longer", added.version()));
        assertEquals(45, changed.minutes());
        assertThrows(StaleDataException.class, () -> services.bilaterals().update(added));
        services.bilaterals().delete(changed);
        assertEquals(20, services.bilaterals().requests(summit).size());
        BilateralRequest restored = services.bilaterals().restore(summit, changed);
        assertEquals(changed.id(), restored.id());
        assertEquals(21, services.bilaterals().requests(summit).size());
    }

    private Set<List<String>> findings(long summit) {
        Set<List<String>> keys = new HashSet<>();
        for (CheckedFinding f : services.checks().check(summit).findings()) {
            keys.add(List.of(f.finding().rule().name(), f.finding().subject(), f.finding().fingerprint()));
        }
        return keys;
    }
}
