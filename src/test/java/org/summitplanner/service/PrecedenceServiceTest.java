package org.summitplanner.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.AddressStyle;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.DelegationRule;
import org.summitplanner.model.MemberRule;
import org.summitplanner.model.Precedence;
import org.summitplanner.model.ProtocolDetails;
import org.summitplanner.store.Database;
import org.summitplanner.errors.StaleDataException;
import org.summitplanner.store.TestDatabases;

/** The order of precedence over the demo summit in a real (in-memory) H2 database. */
class PrecedenceServiceTest {

    /** The demo's 36 nations by their French short names (V2): Allemagne ... Ukraine. */
    static final List<String> DEMO_FRENCH = List.of("DE", "AU", "AT", "BE", "BG", "CA", "CY", "HR", "DK", "ES", "EE",
            "US", "FI", "FR", "GR", "HU", "IE", "IS", "IT", "JP", "LV", "LT", "LU", "NO", "NZ", "NL", "PL", "PT", "RO",
            "GB", "SK", "SI", "SE", "CZ", "TR", "UA");

    private Database database;
    private Services services;
    private long summitId;

    @BeforeEach
    void demo() {
        database = TestDatabases.fresh();
        services = Services.of(database);
        summitId = services.summits().loadDemo().id();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private PrecedenceService precedence() {
        return services.precedence();
    }

    @Test
    void theDemoFollowsFrenchOrderByDefault() {
        Precedence p = precedence().precedence(summitId);
        assertEquals(0, p.version(), "nothing stored yet");
        assertEquals("fr", p.language());
        assertEquals(DEMO_FRENCH, precedence().delegationOrder(summitId));
    }

    @Test
    void englishOrderOnceChosen() {
        precedence().save(summitId, precedence().precedence(summitId).withLanguage("en"));
        List<String> order = precedence().delegationOrder(summitId);
        assertEquals(List.of("AU", "AT", "BE", "BG", "CA", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR"),
                order.subList(0, 14));
        assertEquals(List.of("TR", "UA", "GB", "US"), order.subList(32, 36));
    }

    @Test
    void savedOrderIsReadBackAndVersionChecked() {
        Precedence hand = precedence().precedence(summitId).withRule(DelegationRule.HAND)
                .withHandOrder(List.of("FR", "UA", "GB"));
        Precedence stored = precedence().save(summitId, hand);
        assertEquals(1, stored.version());
        assertEquals(hand.withVersion(stored.version()), stored);
        assertEquals(stored, precedence().precedence(summitId));
        List<String> order = precedence().delegationOrder(summitId);
        assertEquals(List.of("FR", "UA", "GB", "DE", "AU"), order.subList(0, 5));
        assertEquals(36, order.size());

        // a second first save, or a save over an older version, is refused and changes nothing
        assertThrows(StaleDataException.class, () -> precedence().save(summitId, hand));
        Precedence changed = precedence().save(summitId, stored.withHandOrder(List.of("UA")));
        assertThrows(StaleDataException.class, () -> precedence().save(summitId, stored.withLanguage("en")));
        assertEquals(changed, precedence().precedence(summitId));
        assertEquals("UA", precedence().delegationOrder(summitId).get(0));

        // reset: the default again; overwrite stores over whatever is there
        assertThrows(StaleDataException.class, () -> precedence().reset(summitId, stored));
        precedence().reset(summitId, changed);
        assertEquals(0, precedence().precedence(summitId).version());
        assertEquals(DEMO_FRENCH, precedence().delegationOrder(summitId));
        Precedence over = precedence().overwrite(summitId, changed.withLanguage("en"));
        assertEquals("en", precedence().precedence(summitId).language());
        assertEquals(over, precedence().precedence(summitId));
    }

    @Test
    void lotIsReproducibleAndStartsTheOrder() {
        Precedence drawn = precedence().drawLot(summitId, 20251103L);
        assertEquals(drawn, precedence().drawLot(summitId, 20251103L));
        assertEquals(DelegationRule.LOT, drawn.rule());
        assertEquals(20251103L, drawn.lotSeed());
        precedence().save(summitId, drawn);
        List<String> order = precedence().delegationOrder(summitId);
        assertEquals(drawn.lotNation(), order.get(0));
        // wrap-round: the French order rotated to start at the drawn nation
        int start = DEMO_FRENCH.indexOf(drawn.lotNation());
        List<String> rotated = new ArrayList<>(DEMO_FRENCH.subList(start, DEMO_FRENCH.size()));
        rotated.addAll(DEMO_FRENCH.subList(0, start));
        assertEquals(rotated, order);
        // other seeds draw other nations (not all the same)
        assertTrue(java.util.stream.LongStream.range(0, 20)
                .mapToObj(s -> precedence().drawLot(summitId, s).lotNation()).distinct().count() > 5);
    }

    @Test
    void membersByRankThenByHand() {
        List<String> byRank = precedence().membersInOrder(summitId, "FR").stream().map(Attendee::familyName).toList();
        assertEquals(List.of("Macron", "Marchetti", "Lacoste-Vidal", "Aubertin", "Roussel-Ferrand", "Le Bihan",
                "Garnier-Delmas"), byRank);

        List<Attendee> gb = precedence().membersInOrder(summitId, "GB");
        List<Attendee> reordered = new ArrayList<>(List.of(gb.get(2), gb.get(0), gb.get(1)));
        List<Attendee> placed = precedence().placeMembers(reordered);
        assertEquals(List.of(1, 2, 3), placed.stream().map(a -> a.protocol().handPosition()).toList());
        // placing by hand changes nothing until the rule says so
        assertEquals(gb.stream().map(Attendee::id).toList(),
                precedence().membersInOrder(summitId, "GB").stream().map(Attendee::id).toList());
        precedence().save(summitId, precedence().precedence(summitId).withMembers(MemberRule.HAND));
        List<Long> now = precedence().membersInOrder(summitId, "GB").stream().map(Attendee::id).toList();
        assertEquals(List.of(gb.get(2).id(), gb.get(0).id(), gb.get(1).id(), gb.get(3).id(), gb.get(4).id()), now);

        // the people as read before the placing are stale now: restoring them is refused, nothing written
        assertThrows(StaleDataException.class, () -> precedence().restoreMembers(gb));
        // undo writes the people as they were over their placed versions
        List<Attendee> undo = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            Attendee before = reordered.get(i);
            undo.add(before.withVersion(placed.get(i).version()));
        }
        precedence().restoreMembers(undo);
        assertTrue(precedence().membersInOrder(summitId, "GB").stream().allMatch(a -> a.protocol().handPosition() == null));
    }

    @Test
    void takingOfficeOrdersPeopleOfTheSameRank() {
        List<Attendee> fr = services.attendees().attendees(summitId).stream().filter(a -> a.nation().equals("FR")).toList();
        Attendee minister = fr.stream().filter(a -> a.familyName().equals("Marchetti")).findFirst().orElseThrow();
        Attendee second = services.attendees().add(summitId, new Attendee(0, null, "FR", "Anne", "Abadie", "Ms", null,
                org.summitplanner.model.Role.MINISTER, false, null, null, List.of(), null, null, null, 0, null,
                new ProtocolDetails(AddressStyle.HE, null, null, LocalDate.of(2020, 7, 6), null)));
        // recorded before unrecorded: Abadie (2020) before Marchetti (none), whatever the names
        List<String> names = precedence().membersInOrder(summitId, "FR").stream().map(Attendee::familyName).toList();
        assertTrue(names.indexOf("Abadie") < names.indexOf("Marchetti"), names.toString());
        services.attendees().update(minister.withProtocol(new ProtocolDetails(null, null, null,
                LocalDate.of(2019, 1, 1), null)));
        names = precedence().membersInOrder(summitId, "FR").stream().map(Attendee::familyName).toList();
        assertTrue(names.indexOf("Marchetti") < names.indexOf("Abadie"), names.toString());
        assertEquals(second.protocol(), services.attendees().current(second.id()).orElseThrow().protocol());
    }

    @Test
    void everyoneInOrderGoesDelegationByDelegation() {
        List<Attendee> everyone = precedence().everyoneInOrder(summitId);
        assertEquals(services.attendees().attendees(summitId).size(), everyone.size());
        List<String> nations = everyone.stream().map(Attendee::nation).distinct().toList();
        List<String> expected = DEMO_FRENCH.stream().filter(nations::contains).toList();
        assertEquals(expected, nations);
        assertNotEquals("FR", everyone.get(0).nation());
    }

    @Test
    void deletingTheSummitTakesItsOrderWithIt() {
        precedence().save(summitId, precedence().precedence(summitId).withRule(DelegationRule.HAND)
                .withHandOrder(List.of("FR")));
        services.summits().deleteSummit(summitId);
        assertThrows(StaleDataException.class, () -> precedence().precedence(summitId));
    }
}
