package org.summitplanner.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.Nation;
import org.summitplanner.service.Services;
import org.summitplanner.store.Database;
import org.summitplanner.store.TestDatabases;

/** Headers, names and nations as lists write them, in English and French. */
class RecognitionTest {

    private static Database database;
    private static NationMatcher nations;

    @BeforeAll
    static void nations() {
        database = TestDatabases.fresh();
        nations = Services.of(database).imports().nations();
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void headersInEnglishAndFrenchWithTheirVariants() {
        Map<String, ImportField> expected = Map.ofEntries(
                Map.entry("First name", ImportField.GIVEN_NAME), Map.entry("Given name", ImportField.GIVEN_NAME),
                Map.entry("Prénom", ImportField.GIVEN_NAME), Map.entry("Last name", ImportField.FAMILY_NAME),
                Map.entry("Surname", ImportField.FAMILY_NAME), Map.entry("Family name", ImportField.FAMILY_NAME),
                Map.entry("Nom", ImportField.FAMILY_NAME), Map.entry("Name", ImportField.FULL_NAME),
                Map.entry("Full name", ImportField.FULL_NAME), Map.entry("Nom complet", ImportField.FULL_NAME),
                Map.entry("Country", ImportField.NATION), Map.entry("Nation", ImportField.NATION),
                Map.entry("Delegation", ImportField.NATION), Map.entry("Pays", ImportField.NATION),
                Map.entry("Délégation", ImportField.NATION), Map.entry("E-mail", ImportField.EMAIL),
                Map.entry("Email address", ImportField.EMAIL), Map.entry("Courriel", ImportField.EMAIL),
                Map.entry("Position", ImportField.POSITION), Map.entry("Function", ImportField.POSITION),
                Map.entry("Fonction", ImportField.POSITION), Map.entry("Title", ImportField.HONORIFIC),
                Map.entry("Civilité", ImportField.HONORIFIC), Map.entry("Role", ImportField.ROLE),
                Map.entry("Rôle", ImportField.ROLE), Map.entry("Head of delegation", ImportField.HEAD),
                Map.entry("Chef de délégation", ImportField.HEAD), Map.entry("Phone", ImportField.PHONE),
                Map.entry("Téléphone", ImportField.PHONE), Map.entry("Arrival", ImportField.ARRIVAL),
                Map.entry("Arrivée", ImportField.ARRIVAL), Map.entry("Departure", ImportField.DEPARTURE),
                Map.entry("Départ", ImportField.DEPARTURE), Map.entry("Languages", ImportField.LANGUAGES),
                Map.entry("Langues", ImportField.LANGUAGES), Map.entry("  E-MAIL ADDRESS ", ImportField.EMAIL));
        expected.forEach((header, field) -> assertEquals(Optional.of(field), ImportField.recognise(header), header));
        assertEquals(Optional.empty(), ImportField.recognise("Badge number"));
    }

    @Test
    void handMappingOverridesRecognitionAndIsChecked() {
        List<String> headers = List.of("Nom de famille", "Pays", "Name", "Badge");
        ColumnMapping mapping = ColumnMapping.of(headers, Map.of("nom de famille", "family_name", "Name", "given_name",
                "Badge", "ignore"));
        assertEquals(Optional.of(ImportField.FAMILY_NAME), mapping.field(0));
        assertEquals(Optional.of(ImportField.NATION), mapping.field(1));
        assertEquals(Optional.of(ImportField.GIVEN_NAME), mapping.field(2));
        assertEquals(Optional.empty(), mapping.field(3));
        assertEquals(List.of(), mapping.problems());
        assertEquals(Map.of("Nom de famille", "family_name", "Name", "given_name", "Badge", "ignore"), mapping.choices());
        IllegalArgumentException unknownColumn = assertThrows(IllegalArgumentException.class,
                () -> ColumnMapping.of(headers, Map.of("Surname", "family_name")));
        assertTrue(unknownColumn.getMessage().startsWith("The file has no column \"Surname\""));
        IllegalArgumentException unknownField = assertThrows(IllegalArgumentException.class,
                () -> ColumnMapping.of(headers, Map.of("Badge", "badge")));
        assertTrue(unknownField.getMessage().startsWith("Unknown field \"badge\" for column \"Badge\""));
        assertEquals(2, ColumnMapping.of(List.of("Badge", "Position"), Map.of()).problems().size());
        assertThrows(IllegalArgumentException.class, () -> ColumnMapping.parseChoices(List.of("no equals sign")));
    }

    @Test
    void wholeNamesAreSplitSensibly() {
        assertEquals(new Names.Split(null, "Jean", "Dupont"), Names.split("Jean Dupont"));
        assertEquals(new Names.Split(null, "Jean", "Dupont"), Names.split("Dupont, Jean"));
        assertEquals(new Names.Split(null, "Jean-Noël", "BARROT"), Names.split("BARROT Jean-Noël"));
        assertEquals(new Names.Split(null, "Charles", "de Gaulle"), Names.split("Charles de Gaulle"));
        assertEquals(new Names.Split(null, "Ursula", "von der Leyen"), Names.split("Ursula von der Leyen"));
        assertEquals(new Names.Split("H.E. Mr", "Jonathan", "Powell"), Names.split("H.E. Mr Jonathan Powell"));
        assertEquals(new Names.Split("Lt. Gen.", "Robert", "Glavaš"), Names.split("Lt. Gen. Robert Glavaš"));
        assertEquals(new Names.Split(null, "", "Madonna"), Names.split("Madonna"));
    }

    @Test
    void nationsByCodeNameAliasAndIsoCommaForm() {
        Map<String, String> cases = Map.ofEntries(Map.entry("fr", "FR"), Map.entry("FRA", "FR"),
                Map.entry("France", "FR"), Map.entry("Allemagne", "DE"), Map.entry("USA", "US"),
                Map.entry("U.S.A.", "US"), Map.entry("United States of America", "US"), Map.entry("UK", "GB"),
                Map.entry("Great Britain", "GB"), Map.entry("Turkey", "TR"), Map.entry("Türkiye", "TR"),
                Map.entry("turkiye", "TR"), Map.entry("Czech Republic", "CZ"), Map.entry("Czechia", "CZ"),
                Map.entry("Ivory Coast", "CI"), Map.entry("côte d’ivoire", "CI"), Map.entry("COTE D'IVOIRE", "CI"),
                Map.entry("Holy See", "VA"), Map.entry("Vatican", "VA"), Map.entry("South Korea", "KR"),
                Map.entry("Korea, Republic of", "KR"), Map.entry("Republic of Korea", "KR"),
                Map.entry("Russia", "RU"), Map.entry("Russian Federation", "RU"), Map.entry("États-Unis", "US"),
                Map.entry("etats unis", "US"), Map.entry("Slovénie", "SI"), Map.entry("OTAN", "NATO"),
                Map.entry("Moldova, Republic of", "MD"), Map.entry("Netherlands (Kingdom of the)", "NL"));
        cases.forEach((text, code) -> assertEquals(code, nations.match(text).map(Nation::code).orElse(null), text));
        assertEquals(Optional.empty(), nations.match("Atlantis"));
    }

    @Test
    void anUnknownNationGetsTheClosestSuggestions() {
        List<String> close = nations.suggestions("Germny", 3).stream().map(Nation::code).toList();
        assertEquals("DE", close.get(0), close.toString());
        assertTrue(nations.suggestions("Slovakai", 3).stream().map(Nation::code).toList().contains("SK"));
    }
}
