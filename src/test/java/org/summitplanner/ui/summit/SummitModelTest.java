package org.summitplanner.ui.summit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.CapitalZones;
import org.summitplanner.model.Nation;
import org.summitplanner.model.Summit;
import org.summitplanner.service.Services;
import org.summitplanner.store.Database;
import org.summitplanner.store.TestDatabases;

/** The host field of the new-summit dialog: what a user types and which nation it means. */
class SummitModelTest {

    private static List<Nation> nations;
    private static Map<String, List<String>> aliases;

    @BeforeAll
    static void readNations() {
        try (Database database = TestDatabases.fresh()) {
            Services services = Services.of(database);
            nations = services.summits().nations();
            aliases = services.nations().aliases();
        }
    }

    private static SummitModel model(Locale locale) {
        return new SummitModel(ResourceBundle.getBundle("org.summitplanner.ui.messages", locale), nations, aliases);
    }

    private static String hostFor(SummitModel model, String typed) {
        model.hostTextProperty().set(typed);
        Nation host = model.hostProperty().get();
        return host == null ? null : host.code();
    }

    @Test
    void theBestMatchWinsNotTheFirstInTheAlphabet() {
        SummitModel model = model(Locale.ENGLISH);
        assertEquals("FR", hostFor(model, "Fr"), "France, not Central African Republic");
        assertEquals("FR", hostFor(model, "fra"));
        assertEquals("SI", hostFor(model, "Sloven"));
        assertEquals("US", hostFor(model, "usa"), "an alias");
        assertEquals("US", hostFor(model, "us"), "a code typed in full");
        assertEquals("CI", hostFor(model, "cote d'ivoire"), "accents and punctuation do not matter");
        assertEquals("KR", hostFor(model, "korea, republic"));
        assertNull(hostFor(model, "Atlantis"));
        assertEquals("CF", hostFor(model, "Central African Republic (CF)"), "a chosen suggestion");
    }

    @Test
    void theChoicesPutNamesStartingWithTheTextFirstAndTheUserMayTakeAnother() {
        SummitModel model = model(Locale.ENGLISH);
        model.hostTextProperty().set("fr");
        List<String> codes = model.hostChoices().stream().map(Nation::code).toList();
        assertEquals("FR", codes.get(0));
        assertTrue(codes.contains("CF"), "names that only contain it still come: " + codes);
        Nation car = model.hostChoices().get(codes.indexOf("CF"));
        model.choose(car);
        model.completeHost();
        assertEquals("Central African Republic (CF)", model.hostTextProperty().get());
        assertEquals(List.of(car), model.hostChoices());
    }

    @Test
    void enterWritesTheChosenNameInFullInTheUsersLanguage() {
        SummitModel model = model(Locale.FRENCH);
        model.hostTextProperty().set("allem");
        model.completeHost();
        assertEquals("Allemagne (DE)", model.hostTextProperty().get());
        assertNull(model.hostError().get());
        model.hostTextProperty().set("zzz");
        assertEquals("Obligatoire", model.hostError().get());
    }

    @Test
    void aSummitOfMoreThanSixtyDaysOrOutsideTheYearsIsNotValid() {
        SummitModel model = model(Locale.ENGLISH);
        model.firstDayProperty().set(java.time.LocalDate.of(2025, 3, 1));
        model.lastDayProperty().set(java.time.LocalDate.of(2025, 4, 29));
        assertEquals(null, model.lastDayError().get(), "60 days are allowed");
        model.lastDayProperty().set(java.time.LocalDate.of(2025, 4, 30));
        assertEquals("A summit lasts at most 60 days", model.lastDayError().get());
        model.lastDayProperty().set(java.time.LocalDate.of(9999, 12, 31));
        assertEquals("A year from 1900 to 2199", model.lastDayError().get());
        model.firstDayProperty().set(java.time.LocalDate.of(1, 1, 1));
        assertEquals("A year from 1900 to 2199", model.firstDayError().get());
        SummitModel french = model(Locale.FRENCH);
        french.firstDayProperty().set(java.time.LocalDate.of(2025, 3, 1));
        french.lastDayProperty().set(java.time.LocalDate.of(2025, 6, 1));
        assertEquals("Un sommet dure au plus 60 jours", french.lastDayError().get());
    }

    @Test
    void aNewSummitIsInItsHostsCapitalsTimeZoneUntilTheUserPicksOne() {
        SummitModel model = model(Locale.ENGLISH);
        model.hostTextProperty().set("France");
        assertEquals("Europe/Paris", model.timeZoneProperty().get());
        model.hostTextProperty().set("Russia");
        assertEquals("Europe/Moscow", model.timeZoneProperty().get(), "the capital's zone, not the first of eleven");
        model.hostTextProperty().set("Canada");
        assertEquals("America/Toronto", model.timeZoneProperty().get(), "Ottawa's");
        model.hostTextProperty().set("Australia");
        assertEquals("Australia/Sydney", model.timeZoneProperty().get(), "Canberra's");
        model.hostTextProperty().set("Atlantis");
        assertEquals("Australia/Sydney", model.timeZoneProperty().get(), "no host: the zone stays");

        model.timeZoneProperty().set("Europe/Lisbon");
        model.hostTextProperty().set("Japan");
        assertEquals("Europe/Lisbon", model.timeZoneProperty().get(), "the zone the user chose is kept");
    }

    @Test
    void anExistingSummitKeepsItsTimeZoneWhenItsHostChanges() {
        SummitModel model = model(Locale.ENGLISH);
        model.edit(new Summit(7, "Summit", "FR", "Paris", null, LocalDate.of(2025, 3, 11), LocalDate.of(2025, 3, 11),
                ZoneId.of("UTC"), 3));
        assertEquals("UTC", model.timeZoneProperty().get());
        model.hostTextProperty().set("Germany");
        assertEquals("DE", model.hostProperty().get().code());
        assertEquals("UTC", model.timeZoneProperty().get());
    }

    @Test
    void everyStateWithACapitalHasAZoneTheJdkKnows() {
        List<String> without = nations.stream().map(Nation::code)
                .filter(code -> CapitalZones.of(code).isEmpty()).toList();
        assertEquals(List.of("AQ", "BV", "HM"), without.stream().sorted().toList());
        assertEquals(ZoneId.of("Europe/Kyiv"), CapitalZones.of("UA").orElseThrow());
        assertEquals(ZoneId.of("Europe/Brussels"), CapitalZones.of("EU").orElseThrow());
    }
}
