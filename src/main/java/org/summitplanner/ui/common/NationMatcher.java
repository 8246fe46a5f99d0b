package org.summitplanner.ui.common;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.summitplanner.model.Nation;

/**
 * Finds nations by what people type: code, ISO alpha-3, English or French name, or any alias,
 * ignoring case, accents and punctuation ("etats unis" finds États-Unis, "cote d'ivoire" finds
 * Côte d’Ivoire).
 */
public final class NationMatcher {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Between fields, so that a query never matches across two of them. */
    private static final String SEPARATOR = "\u0000";

    private final Map<String, String> haystacks = new HashMap<>();

    public NationMatcher(List<Nation> nations, Map<String, List<String>> aliases) {
        for (Nation n : nations) {
            StringBuilder sb = new StringBuilder(fold(n.code())).append(SEPARATOR);
            if (n.alpha3() != null) {
                sb.append(fold(n.alpha3())).append(SEPARATOR);
            }
            sb.append(fold(n.nameEn())).append(SEPARATOR).append(fold(n.nameFr()));
            for (String alias : aliases.getOrDefault(n.code(), List.of())) {
                sb.append(SEPARATOR).append(fold(alias));
            }
            haystacks.put(n.code(), sb.toString());
        }
    }

    /** Lower case, without accents, punctuation and runs of spaces reduced to one space. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return NOT_LETTERS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** @param folded a query already passed through {@link #fold}; empty matches every nation */
    public boolean matches(Nation nation, String folded) {
        if (folded.isEmpty()) {
            return true;
        }
        String haystack = haystacks.get(nation.code());
        return haystack != null && haystack.contains(folded);
    }

    /**
     * The nations that match {@code query}, best first: a code typed in full, then names that
     * start with it, then names with a word that starts with it, then any other match; nations of
     * equal rank keep the order of {@code nations}. So "fr" puts France before Central African
     * Republic and "us" puts the United States first.
     */
    public List<Nation> best(List<Nation> nations, String query, int limit) {
        String folded = fold(query);
        if (folded.isEmpty()) {
            return nations.stream().limit(limit).toList();
        }
        return nations.stream().filter(n -> matches(n, folded))
                .sorted(Comparator.comparingInt(n -> rank(n, folded)))
                .limit(limit).toList();
    }

    private int rank(Nation nation, String folded) {
        String[] fields = haystacks.get(nation.code()).split(SEPARATOR);
        int best = 4;
        for (int i = 0; i < fields.length; i++) {
            String field = fields[i];
            boolean code = i == 0 || nation.alpha3() != null && i == 1;
            if (code && field.equals(folded)) {
                return 0;
            }
            if (!code && field.startsWith(folded)) {
                best = Math.min(best, 1);
            } else if (!code && (" " + field).contains(" " + folded)) {
                best = Math.min(best, 2);
            }
        }
        return best == 4 ? 3 : best;
    }
}
