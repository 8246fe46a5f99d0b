package org.summitplanner.model;

import java.util.Locale;
import java.util.Map;

/**
 * How a person is named on printouts, place cards and badges, in English or French: "H.E. Ms Jane
 * Doe" and "S.E. Mme Jane Doe".
 *
 * <p>A style written out by hand for the language wins; otherwise the style of address (H.E.) and
 * the honorific (Ms) are put before the name, each in the language. An honorific that is itself a
 * style ("H.E.", "Rt Hon", as older lists and the demo have it) is read as that style, and is not
 * printed twice when the style says the same. Honorifics without a known French form (military
 * ranks, mostly) are printed as written.
 */
public final class FormsOfAddress {

    private static final Map<String, AddressStyle> STYLE_HONORIFICS = Map.ofEntries(
            Map.entry("h.e.", AddressStyle.HE), Map.entry("he", AddressStyle.HE), Map.entry("s.e.", AddressStyle.HE),
            Map.entry("h.m.", AddressStyle.HM), Map.entry("s.m.", AddressStyle.HM),
            Map.entry("h.r.h.", AddressStyle.HRH), Map.entry("hrh", AddressStyle.HRH),
            Map.entry("s.a.r.", AddressStyle.HRH),
            Map.entry("h.s.h.", AddressStyle.HSH), Map.entry("s.a.s.", AddressStyle.HSH),
            Map.entry("rt hon", AddressStyle.RT_HON), Map.entry("rt hon.", AddressStyle.RT_HON),
            Map.entry("rt. hon.", AddressStyle.RT_HON), Map.entry("the rt hon", AddressStyle.RT_HON),
            Map.entry("the rt hon.", AddressStyle.RT_HON), Map.entry("the right honourable", AddressStyle.RT_HON),
            Map.entry("hon", AddressStyle.HON), Map.entry("hon.", AddressStyle.HON),
            Map.entry("the hon.", AddressStyle.HON), Map.entry("the honourable", AddressStyle.HON));

    /** English honorifics and their French forms. */
    private static final Map<String, String> FRENCH_HONORIFICS = Map.ofEntries(
            Map.entry("mr", "M."), Map.entry("mr.", "M."), Map.entry("ms", "Mme"), Map.entry("ms.", "Mme"),
            Map.entry("mrs", "Mme"), Map.entry("mrs.", "Mme"), Map.entry("miss", "Mlle"),
            Map.entry("dr", "Dr"), Map.entry("dr.", "Dr"), Map.entry("prof.", "Pr"), Map.entry("prof", "Pr"),
            Map.entry("gen.", "Gén."), Map.entry("lt. gen.", "Gén. de corps d'armée"),
            Map.entry("maj. gen.", "Gén. de division"), Map.entry("brig. gen.", "Gén. de brigade"),
            Map.entry("adm.", "Am."), Map.entry("col.", "Col."), Map.entry("lt. col.", "Lt-col."),
            Map.entry("maj.", "Cdt"), Map.entry("capt.", "Cne"),
            // navy and air force ranks, by their French equivalents (a wing commander is a lieutenant-colonel)
            Map.entry("vice adm.", "Vam."), Map.entry("rear adm.", "Cam."),
            Map.entry("air chief marshal", "Gén. d'armée aérienne"), Map.entry("air marshal", "Gén. de corps aérien"),
            Map.entry("air vice marshal", "Gén. de division aérienne"), Map.entry("air cdre", "Gén. de brigade aérienne"),
            Map.entry("group capt.", "Col."), Map.entry("wg cdr", "Lt-col."), Map.entry("sqn ldr", "Cdt"),
            Map.entry("comdt.", "Cdt"), Map.entry("cdt.", "Cdt"));

    /** French honorifics and their English forms, for people entered in French. */
    private static final Map<String, String> ENGLISH_HONORIFICS = Map.of(
            "m.", "Mr", "mme", "Ms", "mlle", "Miss", "pr", "Prof.");

    private FormsOfAddress() {
    }

    /** The person's name with style and honorific in the language: "H.E. Ms Jane Doe", "S.E. Mme Jane Doe". */
    public static String addressed(Attendee a, Locale locale) {
        String style = style(a, locale);
        String name = name(a);
        return style.isEmpty() ? name : name.isEmpty() ? style : style + ' ' + name;
    }

    /** What goes before the name in the language ("S.E. Mme"), empty when nothing. */
    public static String style(Attendee a, Locale locale) {
        boolean french = Texts.french(locale);
        ProtocolDetails p = a.protocol();
        String byHand = french ? p.styleFr() : p.styleEn();
        if (byHand != null) {
            return byHand;
        }
        AddressStyle style = p.style();
        String honorific = a.honorific() == null ? null : a.honorific().strip();
        AddressStyle honorificStyle = honorific == null ? null : STYLE_HONORIFICS.get(key(honorific));
        if (honorificStyle != null) {
            // the honorific is a style: it stands for the style when none is recorded, and goes otherwise
            style = style == null ? honorificStyle : style;
            honorific = null;
        }
        StringBuilder sb = new StringBuilder();
        if (style != null) {
            sb.append(style.text(locale));
        }
        if (honorific != null && !honorific.isEmpty()) {
            String translated = (french ? FRENCH_HONORIFICS : ENGLISH_HONORIFICS).get(key(honorific));
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(translated != null ? translated : honorific);
        }
        return sb.toString();
    }

    private static String name(Attendee a) {
        String given = a.givenName();
        String family = a.familyName();
        return given.isEmpty() ? family : family.isEmpty() ? given : given + ' ' + family;
    }

    private static String key(String honorific) {
        return honorific.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
