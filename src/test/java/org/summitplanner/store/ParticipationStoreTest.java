package org.summitplanner.store;

import org.summitplanner.errors.StaleStandingException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.NationStanding;
import org.summitplanner.model.NationUse;
import org.summitplanner.model.Participation;
import org.summitplanner.model.ParticipationChange;
import org.summitplanner.model.ParticipationStatus;
import org.summitplanner.service.Services;

/** Nation standings of the demo summit: reading them, bulk status changes, stale rows, removal and undo. */
class ParticipationStoreTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 8);
    private static final LocalDate MARCH_4 = LocalDate.of(2025, 3, 4);

    private final Database database = TestDatabases.fresh();
    private final Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Europe/Paris")).toInstant(),
            ZoneId.of("Europe/Paris"));
    private final ParticipationStore store = new ParticipationStore(database, clock);
    private final long summitId = Services.of(database).summits().loadDemo().id();

    @AfterEach
    void close() {
        database.close();
    }

    private NationStanding standing(String code) {
        return store.standing(summitId, code).orElseThrow();
    }

    private List<NationStanding> standings(String... codes) {
        return java.util.Arrays.stream(codes).map(this::standing).toList();
    }

    @Test
    void everyNationHasAStandingAndTheCountsAreThoseOfTheDemo() {
        List<NationStanding> all = store.standings(summitId);
        assertEquals(252, all.size());
        Map<ParticipationStatus, Integer> counts = new EnumMap<>(ParticipationStatus.class);
        all.forEach(s -> counts.merge(s.status(), 1, Integer::sum));
        assertEquals(30, counts.get(ParticipationStatus.CONFIRMED));
        assertEquals(3, counts.get(ParticipationStatus.INVITED));
        assertEquals(1, counts.get(ParticipationStatus.OBSERVER));
        assertEquals(1, counts.get(ParticipationStatus.DECLINED));
        assertEquals(252 - 35, counts.get(ParticipationStatus.NOT_INVITED));
        assertEquals(34, all.stream().filter(s -> s.status().takesPart()).count());
        assertEquals(113, all.stream().mapToInt(NationStanding::delegationSize).sum());

        NationStanding us = standing("US");
        assertNotNull(us.participation(), "the US is not invited on purpose: it has a row with notes");
        assertEquals(ParticipationStatus.NOT_INVITED, us.status());
        assertTrue(us.notes().startsWith("Deliberately not invited"));
        assertEquals(1, us.delegationSize());
        assertEquals("Lt. Col. Russell Hargreave", us.headName());

        NationStanding de = standing("DE");
        assertEquals(ParticipationStatus.CONFIRMED, de.status());
        assertEquals(4, de.delegationSize());
        assertEquals("H.E. Karsten Wöhrmann", de.headName());
        assertEquals("Allemagne", de.nation().nameFr());

        NationStanding brazil = standing("BR");
        assertNull(brazil.participation());
        assertEquals(ParticipationStatus.NOT_INVITED, brazil.status());
        assertEquals(0, brazil.delegationSize());
        assertNull(brazil.headName());
    }

    @Test
    void invitingSeveralNationsFillsTodayAndLeavesTheAlreadyInvitedAlone() {
        List<ParticipationChange> written = store.setStatus(summitId, standings("BR", "US", "CY", "DE"),
                ParticipationStatus.INVITED);

        assertEquals(List.of("BR", "US", "DE"), written.stream().map(ParticipationChange::nation).toList(),
                "Cyprus was invited already");
        Participation brazil = standing("BR").participation();
        assertEquals(ParticipationStatus.INVITED, brazil.status());
        assertEquals(TODAY, brazil.invitedOn());
        assertNull(brazil.respondedOn());
        Participation us = standing("US").participation();
        assertEquals(TODAY, us.invitedOn());
        assertTrue(us.notes().startsWith("Deliberately not invited"), "notes stay");
        Participation de = standing("DE").participation();
        assertEquals(MARCH_4, de.invitedOn(), "an invitation date is kept");
        assertNull(de.respondedOn(), "invited means no reply yet");
        assertEquals(LocalDate.of(2025, 3, 5), standing("CY").invitedOn());
    }

    @Test
    void aReplyGetsTodaysDateAndAnInvitationDateIfItHadNone() {
        store.setStatus(summitId, standings("BG", "MX", "HU"), ParticipationStatus.CONFIRMED);
        assertEquals(MARCH_4, standing("BG").invitedOn());
        assertEquals(TODAY, standing("BG").respondedOn());
        assertEquals(TODAY, standing("MX").invitedOn());
        assertEquals(TODAY, standing("MX").respondedOn());
        assertEquals(LocalDate.of(2025, 3, 6), standing("HU").respondedOn(), "declined then confirmed: the reply date stays");
        assertEquals(ParticipationStatus.CONFIRMED, standing("HU").status());

        store.setStatus(summitId, standings("MX"), ParticipationStatus.NOT_INVITED);
        assertEquals(ParticipationStatus.NOT_INVITED, standing("MX").status());
        assertNull(standing("MX").invitedOn());
        assertNull(standing("MX").respondedOn());
    }

    @Test
    void aRowChangedElsewhereStopsTheWholeBulkChange() {
        List<NationStanding> read = standings("BR", "GB", "MX");
        Participation gb = read.get(1).participation();
        store.update(summitId, gb, new Participation(gb.id(), "GB", gb.status(), gb.invitedOn(), gb.respondedOn(),
                "changed by someone else", gb.version()));

        StaleStandingException e = assertThrows(StaleStandingException.class,
                () -> store.setStatus(summitId, read, ParticipationStatus.DECLINED));
        assertEquals("GB", e.nation());
        assertFalse(e.deleted());
        assertNull(standing("BR").participation(), "Brazil, before the stale row, was not written either");
        assertNull(standing("MX").participation());
        assertEquals(ParticipationStatus.CONFIRMED, standing("GB").status());
        assertEquals("changed by someone else", standing("GB").notes());
    }

    @Test
    void aNationInvitedElsewhereMeanwhileIsStaleToo() {
        List<NationStanding> read = standings("IN");
        store.setStatus(summitId, standings("IN"), ParticipationStatus.INVITED);
        StaleStandingException e = assertThrows(StaleStandingException.class,
                () -> store.setStatus(summitId, read, ParticipationStatus.CONFIRMED));
        assertEquals("IN", e.nation());
        assertEquals(ParticipationStatus.INVITED, standing("IN").status());
    }

    @Test
    void theReverseOfABulkChangeUndoesItAndItsReverseRedoesIt() {
        List<NationStanding> before = standings("BR", "US", "DE");
        List<ParticipationChange> done = store.setStatus(summitId, before, ParticipationStatus.OBSERVER);
        long brazilId = standing("BR").participation().id();

        List<ParticipationChange> undone = store.apply(summitId, done.stream().map(ParticipationChange::reversed).toList());
        assertEquals(before.stream().map(ParticipationStoreTest::values).toList(),
                standings("BR", "US", "DE").stream().map(ParticipationStoreTest::values).toList());
        assertNull(standing("BR").participation());

        store.apply(summitId, undone.stream().map(ParticipationChange::reversed).toList());
        assertEquals(ParticipationStatus.OBSERVER, standing("BR").status());
        assertEquals(brazilId, standing("BR").participation().id(), "put back under its id");
        assertEquals(ParticipationStatus.OBSERVER, standing("DE").status());
    }

    private static List<Object> values(NationStanding s) {
        return java.util.Arrays.asList(s.status(), s.invitedOn(), s.respondedOn(), s.notes());
    }

    @Test
    void removingAParticipationKeepsTheDelegationAndRestorePutsItBack() {
        Participation us = standing("US").participation();
        NationUse use = store.use(summitId, "US");
        assertEquals(List.of("Lt. Col. Russell Hargreave"), use.attendees());
        assertTrue(use.agendaItems().isEmpty());

        store.remove(summitId, us);
        assertNull(standing("US").participation());
        assertEquals(1, standing("US").delegationSize(), "the liaison officer stays");

        Participation back = store.restore(summitId, us);
        assertEquals(us.id(), back.id());
        assertEquals(us.notes(), standing("US").notes());
        assertThrows(StaleStandingException.class, () -> store.remove(summitId, us.withVersion(us.version() + 5)));
        assertThrows(StaleStandingException.class, () -> store.restore(summitId, us), "it is there already");
    }

    @Test
    void aRemovedRowIsReportedAsDeleted() {
        Participation hu = standing("HU").participation();
        store.remove(summitId, hu);
        StaleStandingException e = assertThrows(StaleStandingException.class, () -> store.update(summitId, hu,
                new Participation(hu.id(), "HU", ParticipationStatus.CONFIRMED, hu.invitedOn(), hu.respondedOn(),
                        null, hu.version())));
        assertTrue(e.deleted());
    }

    @Test
    void usesListTheDelegationAndItsAgendaItems() {
        NationUse slovenia = store.use(summitId, "SI");
        assertEquals(4, slovenia.attendees().size());
        assertTrue(slovenia.attendees().get(0).contains("Glavaš"), slovenia.attendees().toString());
        assertEquals(4, slovenia.agendaItems().size());
        assertTrue(slovenia.agendaItems().stream().anyMatch(i -> i.title().equals("Bilateral: Slovenia – Ukraine")));
    }

    @Test
    void aliasesAreReadByCode() {
        Map<String, List<String>> aliases = store.nationAliases();
        assertTrue(aliases.get("US").contains("USA"));
        assertTrue(aliases.get("US").contains("États-Unis d'Amérique"));
    }
}
