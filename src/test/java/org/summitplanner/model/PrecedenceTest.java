package org.summitplanner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PrecedenceTest {

    private static Nation nation(String code, String en, String fr) {
        return new Nation(code, null, NationKind.STATE, en, fr);
    }

    /** Real short names as V2 has them, plus the brief's "Saint-Kitts-et-Nevis" under a made-up code. */
    private static final List<Nation> NATIONS = List.of(
            nation("EC", "Ecuador", "Équateur"),
            nation("AE", "United Arab Emirates", "Émirats arabes unis"),
            nation("EG", "Egypt", "Égypte"),
            nation("ER", "Eritrea", "Érythrée"),
            nation("ES", "Spain", "Espagne"),
            nation("LC", "Saint Lucia", "Sainte-Lucie"),
            nation("SM", "San Marino", "Saint-Marin"),
            nation("XK", "Saint Kitts and Nevis", "Saint-Kitts-et-Nevis"),
            nation("VC", "Saint Vincent and the Grenadines", "Saint-Vincent-et-les-Grenadines"),
            nation("WS", "Samoa", "Samoa"),
            nation("CI", "Côte d'Ivoire", "Côte d'Ivoire"),
            nation("CR", "Costa Rica", "Costa Rica"),
            nation("HR", "Croatia", "Croatie"),
            nation("TR", "Türkiye", "Turquie"),
            nation("TN", "Tunisia", "Tunisie"),
            nation("OM", "Oman", "Oman"),
            nation("UG", "Uganda", "Ouganda"),
            nation("UZ", "Uzbekistan", "Ouzbékistan"),
            nation("GB", "United Kingdom", "Royaume-Uni"),
            nation("FR", "France", "France"),
            nation("DE", "Germany", "Allemagne"),
            nation("ZA", "South Africa", "Afrique du Sud"),
            nation("AF", "Afghanistan", "Afghanistan"));

    private static List<String> sortedNames(Locale locale, String... names) {
        List<String> list = new ArrayList<>(List.of(names));
        Collections.reverse(list);
        list.sort(PrecedenceOrder.names(locale));
        return list;
    }

    @Test
    void accentsAreIgnoredAtTheFirstLevel() {
        // É is an E: Émirats (m) before Équateur (q), and both among the E's, not after Z
        assertEquals(List.of("Égypte", "Émirats arabes unis", "Équateur", "Érythrée", "Espagne", "Zambie"),
                sortedNames(Locale.FRENCH, "Zambie", "Espagne", "Érythrée", "Équateur", "Émirats arabes unis", "Égypte"));
    }

    @Test
    void saintFormsSortLetterByLetterWithHyphensIgnored() {
        // "sainte" < "saintk" < "saintm" < "saintv" < "samoa" once the hyphens are gone
        assertEquals(List.of("Sainte-Lucie", "Saint-Kitts-et-Nevis", "Saint-Marin", "Saint-Siège",
                        "Saint-Vincent-et-les-Grenadines", "Samoa"),
                sortedNames(Locale.FRENCH, "Samoa", "Saint-Vincent-et-les-Grenadines", "Saint-Siège", "Saint-Marin",
                        "Saint-Kitts-et-Nevis", "Sainte-Lucie"));
    }

    @Test
    void apostrophesAreIgnoredAtTheFirstLevel() {
        // the JDK's collator counts the apostrophe (before every letter): "D'Avignon" would come first
        assertEquals(List.of("Dalton", "D'Avignon", "Dupont"),
                sortedNames(Locale.FRENCH, "Dupont", "D'Avignon", "Dalton"));
        assertEquals(List.of("Cote", "Côte d'Ivoire", "Côte dIvoirf", "Cotes"),
                sortedNames(Locale.FRENCH, "Côte dIvoirf", "Côte d'Ivoire", "Cotes", "Cote"));
        assertEquals(List.of("Côte d’Ivoire", "Côte dIvoirf"),
                sortedNames(Locale.FRENCH, "Côte dIvoirf", "Côte d’Ivoire"));
    }

    @Test
    void ligaturesAndUmlautsAreTheirLetters() {
        assertEquals(List.of("Odessa", "Œdème", "Oeuvre", "Öland", "Oman", "Ouganda", "Ozbek"),
                sortedNames(Locale.FRENCH, "Ozbek", "Ouganda", "Oman", "Öland", "Oeuvre", "Œdème", "Odessa"));
        assertEquals(List.of("Aegina", "Ærø", "Afghanistan"),
                sortedNames(Locale.FRENCH, "Afghanistan", "Ærø", "Aegina"));
    }

    @Test
    void namesEqualAtTheFirstLevelAreStillOrderedTotally() {
        var names = PrecedenceOrder.names(Locale.FRENCH);
        assertNotEquals(0, names.compare("Côte", "Cote"));
        assertNotEquals(0, names.compare("Saint-Marin", "Saint Marin"));
        assertEquals(-Integer.signum(names.compare("Côte", "Cote")), Integer.signum(names.compare("Cote", "Côte")));
        // the same order whatever order the names come in
        List<String> a = sortedNames(Locale.FRENCH, "Cote", "Côte", "côte", "COTE", "Coté");
        List<String> b = new ArrayList<>(a);
        Collections.shuffle(b, new Random(7));
        b.sort(names);
        assertEquals(a, b);
    }

    @Test
    void frenchAlphabeticalOrderOfDelegations() {
        Precedence p = new Precedence(DelegationRule.ALPHABETICAL, "fr", null, null, null, MemberRule.RANK, List.of(), 0);
        assertEquals(List.of("AF", "ZA", "DE", "CR", "CI", "HR", "EG", "AE", "EC", "ER", "ES", "FR", "OM", "UG", "UZ",
                        "GB", "LC", "XK", "SM", "VC", "WS", "TN", "TR"),
                PrecedenceOrder.delegations(shuffled(NATIONS), NATIONS, p));
    }

    @Test
    void englishAlphabeticalOrderOfDelegations() {
        Precedence p = new Precedence(DelegationRule.ALPHABETICAL, "en", null, null, null, MemberRule.RANK, List.of(), 0);
        assertEquals(List.of("AF", "CR", "CI", "HR", "EC", "EG", "ER", "FR", "DE", "OM", "XK", "LC", "VC", "WS", "SM",
                        "ZA", "ES", "TN", "TR", "UG", "AE", "GB", "UZ"),
                PrecedenceOrder.delegations(shuffled(NATIONS), NATIONS, p));
    }

    @Test
    void lotStartsAtTheDrawnNationAndWrapsRound() {
        List<Nation> five = List.of(NATIONS.get(0), NATIONS.get(1), NATIONS.get(2), NATIONS.get(19), NATIONS.get(20));
        // French: Allemagne, Égypte, Émirats arabes unis, Équateur, France
        Precedence p = new Precedence(DelegationRule.LOT, "fr", "AE", null, 42L, MemberRule.RANK, List.of(), 0);
        assertEquals(List.of("AE", "EC", "FR", "DE", "EG"), PrecedenceOrder.delegations(five, NATIONS, p));
        // the drawn nation left the summit: the order starts where its name would stand
        List<Nation> four = List.of(NATIONS.get(0), NATIONS.get(2), NATIONS.get(19), NATIONS.get(20));
        assertEquals(List.of("EC", "FR", "DE", "EG"), PrecedenceOrder.delegations(four, NATIONS, p));
    }

    @Test
    void lotFromALetterStartsAtTheFirstNameFromThatLetter() {
        Precedence p = new Precedence(DelegationRule.LOT, "fr", null, "S", null, MemberRule.RANK, List.of(), 0);
        List<String> order = PrecedenceOrder.delegations(NATIONS, NATIONS, p);
        assertEquals(List.of("LC", "XK", "SM", "VC", "WS", "TN", "TR", "AF", "ZA"), order.subList(0, 9));
        assertEquals("GB", order.get(order.size() - 1));
        // a letter after every name wraps to the start
        Precedence z = p.withLot(null, "Z", null);
        assertEquals("AF", PrecedenceOrder.delegations(NATIONS, NATIONS, z).get(0));
    }

    @Test
    void lotNotYetDrawnIsAlphabetical() {
        Precedence lot = new Precedence(DelegationRule.LOT, "en", null, null, null, MemberRule.RANK, List.of(), 0);
        assertEquals(PrecedenceOrder.delegations(NATIONS, NATIONS, lot.withRule(DelegationRule.ALPHABETICAL)),
                PrecedenceOrder.delegations(NATIONS, NATIONS, lot));
    }

    @Test
    void drawIsReproducibleAndIndependentOfInputOrder() {
        String drawn = PrecedenceOrder.drawNation(NATIONS, Locale.FRENCH, 2026L);
        for (int i = 0; i < 5; i++) {
            assertEquals(drawn, PrecedenceOrder.drawNation(shuffled(NATIONS), Locale.FRENCH, 2026L));
        }
        Set<String> seen = new HashSet<>();
        for (long seed = 0; seed < 200; seed++) {
            seen.add(PrecedenceOrder.drawNation(NATIONS, Locale.FRENCH, seed));
        }
        // every delegation can be drawn
        assertEquals(NATIONS.size(), seen.size());
        assertThrows(IllegalArgumentException.class, () -> PrecedenceOrder.drawNation(List.of(), Locale.FRENCH, 1L));
    }

    @Test
    void handOrderFirstThenTheRestAlphabetically() {
        Precedence p = new Precedence(DelegationRule.HAND, "fr", null, null, null, MemberRule.RANK,
                List.of("FR", "XX", "GB", "DE"), 0);
        List<Nation> some = List.of(NATIONS.get(0), NATIONS.get(1), NATIONS.get(18), NATIONS.get(19), NATIONS.get(20));
        // XX has no delegation: skipped; Émirats and Équateur were not placed: they follow in French order
        assertEquals(List.of("FR", "GB", "DE", "AE", "EC"), PrecedenceOrder.delegations(shuffled(some), NATIONS, p));
    }

    @Test
    void handOrderRefusesANationTwice() {
        assertThrows(IllegalArgumentException.class, () -> new Precedence(DelegationRule.HAND, "fr", null, null, null,
                MemberRule.RANK, List.of("FR", "GB", "FR"), 0));
        assertThrows(IllegalArgumentException.class, () -> new Precedence(DelegationRule.HAND, "de", null, null, null,
                MemberRule.RANK, List.of(), 0));
    }

    @Test
    void defaultFollowsTheHostsLanguage() {
        assertEquals("fr", Precedence.defaultFor("FR").language());
        assertEquals("en", Precedence.defaultFor("GB").language());
        assertEquals(DelegationRule.ALPHABETICAL, Precedence.defaultFor("FR").rule());
    }

    private static Attendee person(long id, String family, Role role, boolean head, LocalDate tookOffice, Integer hand) {
        return new Attendee(id, null, "FR", "A", family, null, null, role, head, null, null, List.of(), null, null,
                null, 0, null, new ProtocolDetails(null, null, null, tookOffice, hand));
    }

    @Test
    void membersByRankThenTakingOffice() {
        Attendee adviser = person(1, "Aubry", Role.ADVISER, false, null, null);
        Attendee official = person(2, "Blanc", Role.OFFICIAL, false, null, null);
        Attendee minister2019 = person(3, "Zola", Role.MINISTER, false, LocalDate.of(2019, 5, 1), null);
        Attendee minister2022 = person(4, "Abel", Role.MINISTER, false, LocalDate.of(2022, 1, 1), null);
        Attendee ministerUnknown = person(5, "Aaron", Role.MINISTER, false, null, null);
        Attendee pm = person(6, "Martin", Role.HEAD_OF_GOVERNMENT, false, null, null);
        Attendee president = person(7, "Durand", Role.HEAD_OF_STATE, true, null, null);
        Attendee headOfficial = person(8, "Zidane", Role.OFFICIAL, true, null, null);
        Attendee press = person(9, "Abadie", Role.PRESS, false, null, null);
        List<Attendee> all = List.of(adviser, official, minister2019, minister2022, ministerUnknown, pm, president, press);
        assertEquals(List.of(president, pm, minister2019, minister2022, ministerUnknown, official, adviser, press),
                PrecedenceOrder.members(shuffled(all), MemberRule.RANK));
        // among officials the head of delegation leads, whatever the names
        assertEquals(List.of(headOfficial, official), PrecedenceOrder.members(List.of(official, headOfficial), MemberRule.RANK));
    }

    @Test
    void membersByHandThenTheUnplacedByRank() {
        Attendee president = person(1, "Durand", Role.HEAD_OF_STATE, true, null, null);
        Attendee minister = person(2, "Abel", Role.MINISTER, false, null, 1);
        Attendee adviser = person(3, "Aubry", Role.ADVISER, false, null, 2);
        Attendee official = person(4, "Blanc", Role.OFFICIAL, false, null, null);
        assertEquals(List.of(minister, adviser, president, official),
                PrecedenceOrder.members(shuffled(List.of(president, minister, adviser, official)), MemberRule.HAND));
        // the same people by rank ignore the hand places
        assertEquals(List.of(president, minister, official, adviser),
                PrecedenceOrder.members(List.of(adviser, official, minister, president), MemberRule.RANK));
    }

    @Test
    void everyoneFollowsTheDelegationOrder() {
        Attendee fr = person(1, "Durand", Role.HEAD_OF_STATE, true, null, null);
        Attendee gbMinister = new Attendee(2, null, "GB", "B", "Smith", null, null, Role.MINISTER, false, null, null,
                List.of(), null, null, null, 0);
        Attendee gbPm = new Attendee(3, null, "GB", "C", "Jones", null, null, Role.HEAD_OF_GOVERNMENT, true, null, null,
                List.of(), null, null, null, 0);
        Attendee unknown = new Attendee(4, null, "ZZ", "D", "Doe", null, null, Role.MINISTER, true, null, null,
                List.of(), null, null, null, 0);
        assertEquals(List.of(gbPm, gbMinister, fr, unknown),
                PrecedenceOrder.everyone(List.of(unknown, fr, gbMinister, gbPm), List.of("GB", "FR"), MemberRule.RANK));
    }

    @Test
    void orderNeverDependsOnInputOrder() {
        Random random = new Random(13);
        Precedence p = new Precedence(DelegationRule.ALPHABETICAL, "fr", null, null, null, MemberRule.RANK, List.of(), 0);
        List<String> expected = PrecedenceOrder.delegations(NATIONS, NATIONS, p);
        for (int i = 0; i < 20; i++) {
            List<Nation> copy = new ArrayList<>(NATIONS);
            Collections.shuffle(copy, random);
            assertEquals(expected, PrecedenceOrder.delegations(copy, NATIONS, p));
        }
        assertTrue(expected.indexOf("AE") < expected.indexOf("EC"));
    }

    private static <T> List<T> shuffled(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, new Random(list.size()));
        return copy;
    }
}
