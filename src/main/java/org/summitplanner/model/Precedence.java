package org.summitplanner.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A summit's order of precedence: the rule for its delegations and the rule within each.
 *
 * @param language "fr" or "en": the language of the short names the alphabetical and lot orders use
 * @param lotNation the nation drawn by lot to start the order (LOT), null before a draw or when a letter was drawn
 * @param lotLetter the letter drawn by lot to start the order, null when a nation was drawn
 * @param lotSeed the seed the draw used, kept so that the draw can be repeated; null when the start was chosen
 * @param handOrder nation codes in the order set by hand (HAND); kept when another rule is chosen
 * @param version optimistic-locking version of the stored row, 0 when nothing is stored
 */
public record Precedence(DelegationRule rule, String language, String lotNation, String lotLetter, Long lotSeed,
                         MemberRule members, List<String> handOrder, int version) {

    /** Hosts whose summits are ordered in French unless they say otherwise. */
    private static final Set<String> FRENCH_HOSTS = Set.of("FR", "BE", "LU", "MC", "CH", "SN", "CI", "CD", "CG",
            "GA", "CM", "ML", "BF", "NE", "TD", "BJ", "TG", "GN", "MG", "HT", "CF", "DJ", "KM", "BI");

    public Precedence {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(members, "members");
        if (!"fr".equals(language) && !"en".equals(language)) {
            throw new IllegalArgumentException("precedence language " + language + " is not fr or en");
        }
        lotLetter = Nfc.of(Texts.blankToNull(lotLetter));
        lotNation = Texts.blankToNull(lotNation);
        handOrder = handOrder == null ? List.of() : List.copyOf(handOrder);
        if (handOrder.stream().distinct().count() != handOrder.size()) {
            throw new IllegalArgumentException("a nation is placed twice in the hand order " + handOrder);
        }
    }

    /** What a summit without a stored order follows: alphabetical in the host's language, people by rank. */
    public static Precedence defaultFor(String hostNation) {
        return new Precedence(DelegationRule.ALPHABETICAL, FRENCH_HOSTS.contains(hostNation) ? "fr" : "en",
                null, null, null, MemberRule.RANK, List.of(), 0);
    }

    public Locale locale() {
        return "fr".equals(language) ? Locale.FRENCH : Locale.ENGLISH;
    }

    /** True when a lot has been drawn (a nation or a letter to start from). */
    public boolean lotDrawn() {
        return lotNation != null || lotLetter != null;
    }

    public Precedence withRule(DelegationRule newRule) {
        return new Precedence(newRule, language, lotNation, lotLetter, lotSeed, members, handOrder, version);
    }

    public Precedence withLanguage(String newLanguage) {
        return new Precedence(rule, newLanguage, lotNation, lotLetter, lotSeed, members, handOrder, version);
    }

    public Precedence withLot(String nation, String letter, Long seed) {
        return new Precedence(rule, language, nation, letter, seed, members, handOrder, version);
    }

    public Precedence withMembers(MemberRule newMembers) {
        return new Precedence(rule, language, lotNation, lotLetter, lotSeed, newMembers, handOrder, version);
    }

    public Precedence withHandOrder(List<String> newHandOrder) {
        return new Precedence(rule, language, lotNation, lotLetter, lotSeed, members, newHandOrder, version);
    }

    public Precedence withVersion(int newVersion) {
        return new Precedence(rule, language, lotNation, lotLetter, lotSeed, members, handOrder, newVersion);
    }
}
