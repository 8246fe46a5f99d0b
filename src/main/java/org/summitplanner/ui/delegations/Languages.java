package org.summitplanner.ui.delegations;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** ISO 639-1 language codes and their names in the UI language ("fr — French"). */
final class Languages {

    /** Withdrawn codes the JDK still lists beside their replacements (he, id, yi, ro). */
    private static final Set<String> WITHDRAWN = Set.of("iw", "in", "ji", "mo");

    static final List<String> CODES = Arrays.stream(Locale.getISOLanguages())
            .filter(code -> !WITHDRAWN.contains(code)).sorted().toList();

    private Languages() {
    }

    /** The language's name in {@code locale}, capitalised as a list entry; the code itself if the JDK has no name. */
    static String name(String code, Locale locale) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
        if (name.isEmpty()) {
            return code;
        }
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** "fr — French" */
    static String label(String code, Locale locale) {
        return code + " — " + name(code, locale);
    }
}
