package org.summitplanner.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a whole name ("Name", "Nom complet") into honorific, given and family name, the way
 * protocol lists write them: "Dupont, Jean" and "DUPONT Jean" put the family name first; otherwise
 * the last word is the family name, with its particles ("Charles de Gaulle", "Ursula von der Leyen").
 */
final class Names {

    /** @param honorific null when the name had none */
    record Split(String honorific, String given, String family) {
    }

    private static final Set<String> PARTICLES = Set.of("de", "du", "des", "del", "della", "der", "den", "di", "da",
            "dos", "das", "do", "la", "le", "van", "von", "ter", "ten", "bin", "ibn", "al", "el", "st", "saint", "mac");

    private Names() {
    }

    static Split split(String whole) {
        String s = whole.strip().replaceAll("\\s+", " ");
        String honorific = null;
        List<String> words = new ArrayList<>(Arrays.asList(s.split(" ")));
        // leading honorifics: "H.E. Mr", "Lt. Gen."
        List<String> titles = new ArrayList<>();
        while (words.size() > 1 && Values.isHonorific(words.get(0))) {
            titles.add(words.remove(0));
        }
        if (!titles.isEmpty()) {
            honorific = String.join(" ", titles);
            s = String.join(" ", words);
        }
        int comma = s.indexOf(',');
        if (comma > 0) {
            return new Split(honorific, s.substring(comma + 1).strip(), s.substring(0, comma).strip());
        }
        if (words.size() == 1) {
            return new Split(honorific, "", words.get(0));
        }
        // "DUPONT Jean" or "Jean DUPONT": the words in capitals are the family name
        List<String> upper = words.stream().filter(Names::isCapitals).toList();
        if (!upper.isEmpty() && upper.size() < words.size()) {
            List<String> given = words.stream().filter(w -> !isCapitals(w)).toList();
            return new Split(honorific, String.join(" ", given), String.join(" ", upper));
        }
        int start = words.size() - 1;
        while (start > 1 && PARTICLES.contains(words.get(start - 1).toLowerCase(Locale.ROOT))) {
            start--;
        }
        return new Split(honorific, String.join(" ", words.subList(0, start)),
                String.join(" ", words.subList(start, words.size())));
    }

    /** A word of two letters or more, all in capitals ("DUPONT", "LE PEN" word by word). */
    private static boolean isCapitals(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }
}
