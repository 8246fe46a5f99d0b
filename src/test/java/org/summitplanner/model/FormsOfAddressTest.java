package org.summitplanner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormsOfAddressTest {

    private static Attendee person(String honorific, String given, String family, ProtocolDetails protocol) {
        return new Attendee(1, null, "GB", given, family, honorific, null, Role.MINISTER, false, null, null,
                List.of(), null, null, null, 0, null, protocol);
    }

    private static ProtocolDetails style(AddressStyle style) {
        return new ProtocolDetails(style, null, null, null, null);
    }

    @Test
    void styleAndHonorificInEachLanguage() {
        Attendee jane = person("Ms", "Jane", "Doe", style(AddressStyle.HE));
        assertEquals("H.E. Ms Jane Doe", FormsOfAddress.addressed(jane, Locale.ENGLISH));
        assertEquals("S.E. Mme Jane Doe", FormsOfAddress.addressed(jane, Locale.FRENCH));
        assertEquals("S.E. Mme Jane Doe", FormsOfAddress.addressed(jane, Locale.CANADA_FRENCH));
        Attendee jean = person("Mr", "Jean", "Dupont", style(AddressStyle.HE));
        assertEquals("S.E. M. Jean Dupont", FormsOfAddress.addressed(jean, Locale.FRENCH));
        Attendee prince = person(null, "William", "Wales", style(AddressStyle.HRH));
        assertEquals("H.R.H. William Wales", FormsOfAddress.addressed(prince, Locale.ENGLISH));
        assertEquals("S.A.R. William Wales", FormsOfAddress.addressed(prince, Locale.FRENCH));
    }

    @Test
    void honorificThatIsAStyleIsReadAsOne() {
        // the demo writes "H.E." as the honorific
        Attendee he = person("H.E.", "Keir", "Starmer", ProtocolDetails.NONE);
        assertEquals("H.E. Keir Starmer", FormsOfAddress.addressed(he, Locale.ENGLISH));
        assertEquals("S.E. Keir Starmer", FormsOfAddress.addressed(he, Locale.FRENCH));
        // not twice when the style says the same
        Attendee both = person("H.E.", "Keir", "Starmer", style(AddressStyle.HE));
        assertEquals("H.E. Keir Starmer", FormsOfAddress.addressed(both, Locale.ENGLISH));
        Attendee rtHon = person("Rt Hon", "John", "Healey", ProtocolDetails.NONE);
        assertEquals("The Rt Hon. John Healey", FormsOfAddress.addressed(rtHon, Locale.ENGLISH));
        assertEquals("Le très hon. John Healey", FormsOfAddress.addressed(rtHon, Locale.FRENCH));
    }

    @Test
    void styleWrittenByHandWinsInItsLanguageOnly() {
        Attendee minister = person("Ms", "Catherine", "Vautrin",
                new ProtocolDetails(AddressStyle.HE, null, "Mme la Ministre", null, null));
        assertEquals("Mme la Ministre Catherine Vautrin", FormsOfAddress.addressed(minister, Locale.FRENCH));
        assertEquals("H.E. Ms Catherine Vautrin", FormsOfAddress.addressed(minister, Locale.ENGLISH));
        assertEquals("Mme la Ministre", FormsOfAddress.style(minister, Locale.FRENCH));
    }

    @Test
    void honorificsWithoutAFrenchFormPrintAsWritten() {
        assertEquals("Gén. Thierry Burkhard",
                FormsOfAddress.addressed(person("Gen.", "Thierry", "Burkhard", ProtocolDetails.NONE), Locale.FRENCH));
        assertEquals("Cllr Ann Lee",
                FormsOfAddress.addressed(person("Cllr", "Ann", "Lee", ProtocolDetails.NONE), Locale.FRENCH));
        // air force and navy ranks by their French equivalents (the demo's New Zealand and Australian officers)
        assertEquals("Lt-col. Ann Lee",
                FormsOfAddress.addressed(person("Wg Cdr", "Ann", "Lee", ProtocolDetails.NONE), Locale.FRENCH));
        assertEquals("Gén. de corps aérien Ann Lee",
                FormsOfAddress.addressed(person("Air Marshal", "Ann", "Lee", ProtocolDetails.NONE), Locale.FRENCH));
        assertEquals("Air Marshal Ann Lee",
                FormsOfAddress.addressed(person("Air Marshal", "Ann", "Lee", ProtocolDetails.NONE), Locale.ENGLISH));
        assertEquals("Dr Ann Lee", FormsOfAddress.addressed(person("Dr", "Ann", "Lee", ProtocolDetails.NONE), Locale.FRENCH));
        // French honorifics read in English
        assertEquals("Ms Anne Martin",
                FormsOfAddress.addressed(person("Mme", "Anne", "Martin", ProtocolDetails.NONE), Locale.ENGLISH));
    }

    @Test
    void nothingBeforeTheNameWhenNothingIsKnown() {
        Attendee plain = person(null, "Ann", "Lee", ProtocolDetails.NONE);
        assertEquals("Ann Lee", FormsOfAddress.addressed(plain, Locale.FRENCH));
        assertEquals("", FormsOfAddress.style(plain, Locale.ENGLISH));
        assertEquals("Lee", FormsOfAddress.addressed(person(null, "", "Lee", ProtocolDetails.NONE), Locale.ENGLISH));
    }

    @Test
    void styleCodes() {
        assertEquals(AddressStyle.RT_HON, AddressStyle.ofCode("rt-hon"));
        assertEquals(AddressStyle.HE, AddressStyle.ofCode(" HE "));
        assertNull(AddressStyle.ofCode("Excellency"));
        assertNull(AddressStyle.ofCode(" "));
    }

    @Test
    void detailsAreNormalised() {
        ProtocolDetails p = new ProtocolDetails(null, "  ", " S.E. Mme ", null, null);
        assertNull(p.styleEn());
        assertEquals("S.E. Mme", p.styleFr());
        assertEquals(ProtocolDetails.NONE, new ProtocolDetails(null, "", null, null, null));
    }
}
