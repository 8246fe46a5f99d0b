package org.summitplanner.ui.summit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.Nation;
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
}
