package org.summitplanner.model;

import java.util.Locale;

/**
 * A style of address that goes before a person's name, with its English and French abbreviations
 * (as printed on lists, place cards and badges).
 */
public enum AddressStyle {
    /** His or Her Excellency: heads of state and government, ministers, ambassadors. */
    HE("H.E.", "S.E."),
    /** His or Her Majesty. */
    HM("H.M.", "S.M."),
    /** His or Her Royal Highness. */
    HRH("H.R.H.", "S.A.R."),
    /** His or Her Serene Highness. */
    HSH("H.S.H.", "S.A.S."),
    /** The Right Honourable. */
    RT_HON("The Rt Hon.", "Le très hon."),
    /** The Honourable. */
    HON("The Hon.", "L'hon.");

    private final String english;
    private final String french;

    AddressStyle(String english, String french) {
        this.english = english;
        this.french = french;
    }

    /** The abbreviation in a language: French for French locales, English otherwise. */
    public String text(Locale locale) {
        return Texts.french(locale) ? french : english;
    }

    /** The style a code names ("HE", "rt_hon", "RT-HON"), or null when it names none. */
    public static AddressStyle ofCode(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String key = code.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (AddressStyle s : values()) {
            if (s.name().equals(key)) {
                return s;
            }
        }
        return null;
    }
}
