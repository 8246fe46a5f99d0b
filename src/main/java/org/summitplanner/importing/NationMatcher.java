package org.summitplanner.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.summitplanner.model.Nation;

/**
 * Finds the nation a list means: ISO alpha-2 or alpha-3 code, English or French name, an alias
 * (USA, Czech Republic, Ivory Coast ...), or an ISO form with a comma turned round ("Korea,
 * Republic of" is "Republic of Korea"). Case, accents, punctuation and spaces do not matter.
 */
public final class NationMatcher {

    private final Map<String, String> codeByName = new HashMap<>();
    private final Map<String, Nation> byCode = new HashMap<>();
    /** Every name with its nation, for suggestions. */
    private final List<Map.Entry<String, Nation>> names = new ArrayList<>();

    public NationMatcher(List<Nation> nations, Map<String, List<String>> aliases) {
        for (Nation n : nations) {
            byCode.put(n.code(), n);
        }
        // names first, then aliases, then codes: a code never hides a name ("IN" is India, never a word)
        for (Nation n : nations) {
            add(n.nameEn(), n);
            add(n.nameFr(), n);
        }
        aliases.forEach((code, list) -> {
            Nation n = byCode.get(code);
            if (n != null) {
                list.forEach(alias -> add(alias, n));
            }
        });
        for (Nation n : nations) {
            add(n.code(), n);
            if (n.alpha3() != null) {
                add(n.alpha3(), n);
            }
        }
    }

    private void add(String name, Nation nation) {
        String key = Text.compact(name);
        if (!key.isEmpty() && codeByName.putIfAbsent(key, nation.code()) == null) {
            names.add(Map.entry(key, nation));
        }
        String turned = turned(name);
        if (turned != null) {
            codeByName.putIfAbsent(Text.compact(turned), nation.code());
        }
    }

    /** "Korea, Republic of" turned round is "Republic of Korea"; null when there is no comma. */
    private static String turned(String name) {
        int comma = name.lastIndexOf(',');
        return comma <= 0 || comma == name.length() - 1 ? null
                : name.substring(comma + 1).strip() + " " + name.substring(0, comma).strip();
    }

    /** The nation the text names, if any. */
    public Optional<Nation> match(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String code = codeByName.get(Text.compact(text));
        if (code == null) {
            String turned = turned(text.strip());
            code = turned == null ? null : codeByName.get(Text.compact(turned));
        }
        return Optional.ofNullable(code).map(byCode::get);
    }

    /** Up to {@code count} nations whose names are closest to the text, closest first. */
    public List<Nation> suggestions(String text, int count) {
        String key = Text.compact(text);
        if (key.isEmpty()) {
            return List.of();
        }
        record Scored(Nation nation, int score) {
        }
        Map<String, Scored> best = new HashMap<>();
        for (Map.Entry<String, Nation> name : names) {
            String candidate = name.getKey();
            int score = Text.distance(key, candidate);
            if (candidate.startsWith(key) || key.startsWith(candidate) && candidate.length() > 3) {
                score = Math.min(score, 1);
            }
            best.merge(name.getValue().code(), new Scored(name.getValue(), score),
                    (a, b) -> a.score() <= b.score() ? a : b);
        }
        int limit = Math.max(2, key.length() / 2);
        return best.values().stream().filter(s -> s.score() <= limit)
                .sorted(Comparator.comparingInt(Scored::score).thenComparing(s -> s.nation().nameEn()))
                .limit(count).map(Scored::nation).toList();
    }
}
