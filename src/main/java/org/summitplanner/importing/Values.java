package org.summitplanner.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.summitplanner.model.Role;

/** Reads the values of cells as people write them in English and French. */
final class Values {

    // one @, something on each side, a dot in the domain, no spaces: what a typo usually breaks
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ().\\-/]{3,}");
    /** Between languages: compiled once (String.split compiled it for every row: a tenth of the planning). */
    private static final Pattern LANGUAGE_SEPARATORS = Pattern.compile("[,;/+|\\n]+|\\s+(and|et)\\s+");
    private static final Pattern ISO_DATE = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2})[:h](\\d{2})(?::\\d{2}(?:\\.\\d+)?)?)?Z?");
    private static final Pattern DMY_DATE = Pattern.compile(
            "(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{2}|\\d{4})(?:,?\\s+(\\d{1,2})[:h](\\d{2})(?::\\d{2})?)?");
    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "x", "oui", "o", "vrai", "head", "chef");
    private static final Set<String> NO = Set.of("no", "n", "false", "0", "non", "faux", "");
    private static final Map<String, Role> ROLES = new HashMap<>();
    private static final Map<String, String> LANGUAGES = new HashMap<>();
    private static final Set<String> HONORIFICS = Set.of("h e", "he", "s e", "se", "mr", "mrs", "ms", "miss",
            "dr", "prof", "m", "mme", "mlle", "gen", "general", "lt", "maj", "col", "brig", "capt", "cdr", "adm",
            "amb", "ambassador", "hon", "sir", "dame", "excellency");

    static {
        role(Role.HEAD_OF_STATE, "head of state", "chef d etat", "chef de l etat", "president", "presidente",
                "king", "queen", "roi", "reine");
        role(Role.HEAD_OF_GOVERNMENT, "head of government", "chef de gouvernement", "chef du gouvernement",
                "prime minister", "premier ministre", "chancellor", "chancelier", "chanceliere");
        role(Role.MINISTER, "minister", "ministre", "secretary of state", "secretaire d etat");
        role(Role.MILITARY, "military", "militaire", "army", "armee", "officer", "officier");
        role(Role.OFFICIAL, "official", "officiel", "fonctionnaire", "diplomat", "diplomate", "delegate",
                "delegue", "deleguee", "staff");
        role(Role.ADVISER, "adviser", "advisor", "conseiller", "conseillere", "expert", "experte");
        role(Role.INTERPRETER, "interpreter", "interprete", "translator", "traducteur", "traductrice");
        role(Role.SECURITY, "security", "securite", "bodyguard", "protection", "garde du corps");
        role(Role.PRESS, "press", "presse", "media", "medias", "journalist", "journaliste");
        for (Role r : Role.values()) {
            ROLES.put(Text.compact(r.name()), r);
        }
        for (String code : Locale.getISOLanguages()) {
            LANGUAGES.put(code, code);
            Locale language = Locale.forLanguageTag(code);
            for (Locale in : List.of(Locale.ENGLISH, Locale.FRENCH)) {
                String name = Text.compact(language.getDisplayLanguage(in));
                if (!name.isEmpty() && !name.equals(code)) {
                    LANGUAGES.putIfAbsent(name, code);
                }
            }
        }
        // withdrawn codes the JDK still lists beside their replacements
        LANGUAGES.put("iw", "he");
        LANGUAGES.put("in", "id");
        LANGUAGES.put("ji", "yi");
    }

    private Values() {
    }

    private static void role(Role role, String... words) {
        for (String w : words) {
            ROLES.put(Text.compact(w), role);
        }
    }

    static boolean isEmail(String text) {
        return EMAIL.matcher(text).matches();
    }

    /**
     * Whether the text is a phone number as {@link #PHONE} says, checked by hand: this runs for every row
     * of a large file, and the pattern's matcher cost about 900 bytes a row (decision 0037-perf-import2).
     */
    static boolean isPhone(String text) {
        int i = text.startsWith("+") ? 1 : 0;
        if (i >= text.length() || text.charAt(i) < '0' || text.charAt(i) > '9') {
            return false;
        }
        int rest = text.length() - i - 1;
        for (int j = i + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (!(c >= '0' && c <= '9' || c == ' ' || c == '(' || c == ')' || c == '.' || c == '-' || c == '/')) {
                return false;
            }
        }
        return rest >= 3;
    }

    /** The pattern {@link #isPhone} follows, for the test that holds them to the same answers. */
    static boolean isPhoneByPattern(String text) {
        return PHONE.matcher(text).matches();
    }

    /** "mailto:x@y.org" and "<x@y.org>" are x@y.org. */
    static String email(String text) {
        String s = text.strip();
        if (s.regionMatches(true, 0, "mailto:", 0, 7)) {
            s = s.substring(7);
        }
        if (s.startsWith("<") && s.endsWith(">")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.strip();
    }

    static Role role(String text) {
        return ROLES.get(Text.compact(text));
    }

    /** TRUE, FALSE, or null when the text is neither a yes nor a no. */
    static Boolean yesNo(String text) {
        String f = Text.fold(text);
        if (YES.contains(f)) {
            return Boolean.TRUE;
        }
        return NO.contains(f) ? Boolean.FALSE : null;
    }

    static boolean isHonorific(String word) {
        return HONORIFICS.contains(Text.fold(word));
    }

    /**
     * ISO 639-1 codes for "en, fr", "English; French", "anglais / français".
     *
     * @return the codes, or null with the unknown word in {@code unknown[0]}
     */
    static List<String> languages(String text, String[] unknown) {
        List<String> codes = new ArrayList<>();
        for (String part : LANGUAGE_SEPARATORS.split(text)) {
            String key = Text.compact(part);
            if (key.isEmpty()) {
                continue;
            }
            String code = LANGUAGES.get(key);
            if (code == null) {
                // "en fr" without commas
                for (String word : part.strip().split("\\s+")) {
                    String c = LANGUAGES.get(Text.compact(word));
                    if (c == null) {
                        unknown[0] = part.strip();
                        return null;
                    }
                    if (!codes.contains(c)) {
                        codes.add(c);
                    }
                }
                continue;
            }
            if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        return codes;
    }

    /** A date and time as written; {@code ambiguous[0]} is set when 03/04 could be either day first or month first. */
    record When(LocalDateTime at, boolean dateOnly, boolean ambiguous) {
    }

    /** 2025-03-10, 2025-03-10 09:30, 10/03/2025, 10.03.2025 14h30 ...; null if it is not a date. */
    static When when(String text) {
        String s = text.strip();
        try {
            Matcher iso = ISO_DATE.matcher(s);
            if (iso.matches()) {
                LocalDate d = LocalDate.of(num(iso, 1), num(iso, 2), num(iso, 3));
                return at(d, iso.group(4), iso.group(5), false);
            }
            Matcher dmy = DMY_DATE.matcher(s);
            if (dmy.matches()) {
                int a = num(dmy, 1);
                int b = num(dmy, 2);
                int year = num(dmy, 3);
                if (year < 100) {
                    year += 2000;
                }
                // day first, as in Europe, unless only month first makes sense (US 3/25/2025)
                boolean monthFirst = b > 12 && a <= 12;
                LocalDate d = monthFirst ? LocalDate.of(year, a, b) : LocalDate.of(year, b, a);
                boolean ambiguous = !monthFirst && a <= 12 && b <= 12 && a != b;
                return at(d, dmy.group(4), dmy.group(5), ambiguous);
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    private static When at(LocalDate date, String hour, String minute, boolean ambiguous) {
        if (hour == null) {
            return new When(date.atStartOfDay(), true, ambiguous);
        }
        return new When(date.atTime(LocalTime.of(Integer.parseInt(hour), Integer.parseInt(minute))), false, ambiguous);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
