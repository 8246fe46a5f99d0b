package org.summitplanner.model;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The order of precedence as pure functions: delegations by a summit's rule, people within a
 * delegation by rank or by hand.
 *
 * <p>Names compare as a protocol list sorts them: at the first level accents, case, spaces,
 * hyphens and apostrophes are ignored and ligatures are their letters ("Émirats arabes unis" before
 * "Équateur", "Œ" as "OE"); names equal at that level are ordered by the collator's full strength
 * and then by code, so that the order is total and never depends on the input's order. In French
 * this sorts letter by letter: "Sainte-Lucie" comes before "Saint-Kitts-et-Nevis" (the UN's French
 * list sorts word by word and puts it after "Saint-Vincent-et-les Grenadines"; a hand order gives
 * that where wanted, see docs/decisions).
 */
public final class PrecedenceOrder {

    private PrecedenceOrder() {
    }

    /** Names compared as a protocol list sorts them in the locale's language. */
    public static Comparator<String> names(Locale locale) {
        Collator primary = Collator.getInstance(locale);
        primary.setStrength(Collator.PRIMARY);
        Collator full = Collator.getInstance(locale);
        full.setStrength(Collator.TERTIARY);
        Map<String, String> keys = new HashMap<>();
        return (a, b) -> {
            int c = primary.compare(keys.computeIfAbsent(a, PrecedenceOrder::firstLevel),
                    keys.computeIfAbsent(b, PrecedenceOrder::firstLevel));
            if (c != 0) {
                return c;
            }
            c = full.compare(a, b);
            return c != 0 ? c : a.compareTo(b);
        };
    }

    /** Hyphens and spaces the collator ignores itself; apostrophes it does not, so they go here. */
    private static String firstLevel(String name) {
        return name.replace("'", "").replace("\u2019", "").replace("\u02BC", "");
    }

    /** The nations alphabetically by their short names in the locale's language, ties by code. */
    public static List<Nation> alphabetical(Collection<Nation> nations, Locale locale) {
        Comparator<String> names = names(locale);
        List<Nation> sorted = new ArrayList<>(nations);
        sorted.sort(Comparator.comparing((Nation n) -> n.name(locale), names).thenComparing(Nation::code));
        return sorted;
    }

    /**
     * The delegations' nation codes in precedence order.
     *
     * @param nations the nations that have delegations at the summit
     * @param all every nation known, to find the name of a drawn nation that no longer has a delegation
     */
    public static List<String> delegations(Collection<Nation> nations, Collection<Nation> all, Precedence p) {
        Locale locale = p.locale();
        List<Nation> sorted = alphabetical(nations, locale);
        List<String> codes = new ArrayList<>(sorted.size());
        switch (p.rule()) {
            case ALPHABETICAL -> sorted.forEach(n -> codes.add(n.code()));
            case LOT -> {
                String start = lotStart(p, all);
                if (start == null) {
                    sorted.forEach(n -> codes.add(n.code()));
                } else {
                    Comparator<String> names = names(locale);
                    int first = 0;
                    while (first < sorted.size() && names.compare(sorted.get(first).name(locale), start) < 0) {
                        first++;
                    }
                    for (int i = 0; i < sorted.size(); i++) {
                        codes.add(sorted.get((first + i) % sorted.size()).code());
                    }
                }
            }
            case HAND -> {
                Map<String, Nation> present = new HashMap<>();
                sorted.forEach(n -> present.put(n.code(), n));
                for (String code : p.handOrder()) {
                    if (present.remove(code) != null) {
                        codes.add(code);
                    }
                }
                sorted.stream().filter(n -> present.containsKey(n.code())).forEach(n -> codes.add(n.code()));
            }
        }
        return codes;
    }

    /** The name (or letter) the lot starts from, null when none was drawn. */
    private static String lotStart(Precedence p, Collection<Nation> all) {
        if (p.lotNation() != null) {
            for (Nation n : all) {
                if (n.code().equals(p.lotNation())) {
                    return n.name(p.locale());
                }
            }
        }
        return p.lotLetter();
    }

    /**
     * Draws the nation the order starts from: the same seed and the same delegations draw the same
     * nation, whatever order they are given in.
     */
    public static String drawNation(Collection<Nation> nations, Locale locale, long seed) {
        if (nations.isEmpty()) {
            throw new IllegalArgumentException("no delegation to draw from");
        }
        List<Nation> sorted = alphabetical(nations, locale);
        // java.util.Random's sequence is fixed by its specification: a seed draws the same on every JDK
        return sorted.get(new Random(seed).nextInt(sorted.size())).code();
    }

    /** People by rank: head of state, head of government, minister, then the other roles in their order. */
    public static Comparator<Attendee> byRank() {
        Comparator<String> names = names(Locale.ROOT);
        return Comparator.comparingInt((Attendee a) -> a.role().ordinal())
                // among equals in rank the head of delegation leads
                .thenComparing(a -> !a.headOfDelegation())
                .thenComparing(a -> a.protocol().tookOffice(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Attendee::familyName, names)
                .thenComparing(Attendee::givenName, names)
                .thenComparingLong(Attendee::id);
    }

    /** A delegation's people in order. */
    public static List<Attendee> members(Collection<Attendee> people, MemberRule rule) {
        List<Attendee> sorted = new ArrayList<>(people);
        sorted.sort(within(rule));
        return sorted;
    }

    /** The order within a delegation: by hand places first when the rule says so, then by rank. */
    public static Comparator<Attendee> within(MemberRule rule) {
        return rule == MemberRule.HAND
                ? Comparator.comparing((Attendee a) -> a.protocol().handPosition(),
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(byRank())
                : byRank();
    }

    /**
     * Everyone in precedence order: delegation by delegation in the given order, people in each by
     * the rule; people of a nation not in the order come last, by nation code.
     */
    public static List<Attendee> everyone(Collection<Attendee> people, List<String> delegationOrder, MemberRule rule) {
        Map<String, Integer> place = new HashMap<>();
        for (int i = 0; i < delegationOrder.size(); i++) {
            place.put(delegationOrder.get(i), i);
        }
        List<Attendee> sorted = new ArrayList<>(people);
        sorted.sort(Comparator.comparing((Attendee a) -> place.getOrDefault(a.nation(), Integer.MAX_VALUE))
                .thenComparing(Attendee::nation).thenComparing(within(rule)));
        return sorted;
    }
}
