package org.summitplanner.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.Nation;
import org.summitplanner.schedule.Finding;
import org.summitplanner.schedule.Rule;
import org.summitplanner.schedule.ScheduleTexts;
import org.summitplanner.store.Database;
import org.summitplanner.store.TestDatabases;

/**
 * The findings that name a nation name it where no article is needed, for every nation: English and French put
 * one before some names only ("the United Kingdom", "des États-Unis", "du Royaume-Uni"), so "the delegation of
 * United Kingdom" or "la délégation de France" would be wrong for some nations whatever the rest says.
 */
class NationInMessagesTest {

    /** What may stand just before a nation's name: "the United Kingdom (GB) delegation" or a label's ": ". */
    private static final List<String> EN_BEFORE = List.of("the ", "The ", ": ");
    private static final List<String> FR_BEFORE = List.of(" : ");

    @Test
    void everyNationIsNamedWhereItNeedsNoArticleInEnglishAndFrench() {
        try (Database database = TestDatabases.fresh()) {
            List<Nation> nations = Services.of(database).summits().nations();
            assertTrue(nations.size() >= 193, "the UN's 193 member states and more: " + nations.size());
            for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
                ScheduleTexts texts = ScheduleTexts.of(locale, nations);
                List<String> wrong = new ArrayList<>();
                for (Nation nation : nations) {
                    String named = nation.name(locale) + " (" + nation.code() + ")";
                    for (Finding finding : findingsAbout(nation.code())) {
                        String message = texts.message(finding);
                        int at = message.indexOf(named);
                        assertTrue(at > 0, message);
                        String before = message.substring(0, at);
                        if ((locale == Locale.ENGLISH ? EN_BEFORE : FR_BEFORE).stream().noneMatch(before::endsWith)) {
                            wrong.add(message);
                        }
                    }
                }
                assertEquals(List.of(), wrong, locale + ": a name where English or French may want an article");
            }
        }
    }

    private static List<Finding> findingsAbout(String code) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : List.of(Rule.UNINVITED_DELEGATION, Rule.DECLINED_DELEGATION, Rule.INVITATION_UNANSWERED)) {
            findings.add(finding(rule, List.of(code, 2, 3)));
        }
        findings.add(finding(Rule.CONFIRMED_WITHOUT_DELEGATION, List.of(code)));
        findings.add(finding(Rule.DELEGATION_WITHOUT_HEAD, List.of(code, 4)));
        findings.add(finding(Rule.BADGE_QUOTA_EXCEEDED, List.of(code, "Delegate", "Délégué", 5, 4)));
        for (int through = 1; through <= 3; through++) {
            // a head counted through the delegation on the first, the second or both items
            findings.add(finding(Rule.ATTENDEE_DOUBLE_BOOKED,
                    List.of("Barrot (" + code + ")", "\u201CWelcome\u201D", "\u201CPlenary\u201D", code, through)));
        }
        return findings;
    }

    private static Finding finding(Rule rule, List<Object> arguments) {
        return new Finding(rule, "nation:x", List.of(), List.of(), List.of(), List.of(), arguments, "x");
    }
}
