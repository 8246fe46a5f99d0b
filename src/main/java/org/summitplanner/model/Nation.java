package org.summitplanner.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A state or an international organisation that can send a delegation.
 *
 * @param code ISO 3166-1 alpha-2 for states, or EU, NATO, UN
 * @param alpha3 ISO 3166-1 alpha-3, null for organisations
 */
public record Nation(String code, String alpha3, NationKind kind, String nameEn, String nameFr) {

    public Nation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(nameFr, "nameFr");
    }

    /** The short name in the given language: French for French locales, English otherwise. */
    public String name(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? nameFr : nameEn;
    }
}
