package org.summitplanner.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** FindingSort must order exactly as {@link Finding#ORDER}, whatever the subjects hold. */
class FindingSortTest {

    private static Finding finding(Rule rule, String subject) {
        return new Finding(rule, subject, List.of(), List.of(), List.of(), List.of(), List.of(), "f");
    }

    private static void assertSortsAsOrder(List<Finding> findings) {
        List<Finding> expected = new ArrayList<>(findings);
        expected.sort(Finding.ORDER);
        List<Finding> actual = new ArrayList<>(findings);
        FindingSort.sort(actual);
        assertEquals(expected, actual);
    }

    @Test
    void idsAsTextPrefixesEndsAndCharactersBeyondLatin1() {
        String[] subjects = {"attendee:12 item:5 item:9", "attendee:123 item:4 item:8", "attendee:12 item:10 item:3",
                "attendee:1 item:1", "attendee:1", "attendee:", "attendee:12345678901 item:1",
                "attendee:12345678902 item:1", "attendee:12345678901 item:0", "a\u4e00", "ab", "a\u00ff\u0001",
                "a\u00ff", "a\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff", "a\u4e00b", "a\u4e01", "a\u0000x",
                "a", "a\u0000", "a\u0000\u0000y", "nation:FR", "nation:F", "nation:\u00e9", "", "zz"};
        List<Finding> findings = new ArrayList<>();
        Rule[] rules = Rule.values();
        for (int i = 0; i < subjects.length; i++) {
            findings.add(finding(Rule.ATTENDEE_DOUBLE_BOOKED, subjects[i]));
            findings.add(finding(rules[i % rules.length], subjects[i]));
        }
        assertSortsAsOrder(findings);
    }

    @Test
    void randomSubjectsOfEveryRule() {
        Random random = new Random(14);
        String alphabet = "0123 :a\u00ff\u0000\u4e00";
        for (int round = 0; round < 200; round++) {
            List<Finding> findings = new ArrayList<>();
            int n = random.nextInt(120);
            for (int i = 0; i < n; i++) {
                StringBuilder sb = new StringBuilder(random.nextBoolean() ? "attendee:" : "");
                for (int k = random.nextInt(14); k > 0; k--) {
                    sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                findings.add(finding(Rule.values()[random.nextInt(3)], sb.toString()));
            }
            assertSortsAsOrder(findings);
        }
    }

    @Test
    void subjectsThatAllShareTheirPrefixAndDifferLate() {
        Random random = new Random(4206);
        for (int round = 0; round < 100; round++) {
            List<Finding> findings = new ArrayList<>();
            for (int i = random.nextInt(300); i > 0; i--) {
                StringBuilder sb = new StringBuilder("attendee:");
                for (int k = random.nextInt(24); k > 0; k--) {
                    sb.append("1 :\u00ff9".charAt(random.nextInt(5)));
                }
                findings.add(finding(Rule.TOO_LITTLE_TRAVEL_TIME, sb.toString()));
                findings.add(finding(Rule.CLOSED_SESSION_PRESS, "attendee:" + random.nextInt(20_000) + " item:"
                        + random.nextInt(3_000)));
            }
            assertSortsAsOrder(findings);
        }
    }

    private static Finding ids(Rule rule, int form, long id0, long id1, long id2) {
        return new Finding(rule, form, id0, id1, id2, List.of(), List.of(), null, List.of(), List.of(), 0, 0);
    }

    /** Findings held as ids come person by person, as the checks write them: in runs of one first id. */
    @Test
    void idsWrittenInRunsOfOnePersonAndRunsThatRepeat() {
        Random random = new Random(2026);
        long[] awkward = {0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 5000, 12_345, 99_999_999_999_999_999L};
        for (int round = 0; round < 300; round++) {
            List<Finding> findings = new ArrayList<>();
            boolean repeats = round % 3 == 0;
            for (int person = random.nextInt(60); person > 0; person--) {
                long id0 = random.nextInt(4) == 0 ? awkward[random.nextInt(awkward.length)]
                        : repeats ? random.nextInt(30) : random.nextInt(6_000);
                for (int k = random.nextInt(5); k >= 0; k--) {
                    Rule rule = Rule.values()[random.nextInt(3)];
                    long x = random.nextInt(3) == 0 ? awkward[random.nextInt(awkward.length)] : random.nextInt(2_500);
                    long y = random.nextInt(2_500);
                    findings.add(rule == Rule.CLOSED_SESSION_PRESS
                            ? ids(rule, Finding.ATTENDEE_ITEM, id0, x, 0)
                            : ids(rule, Finding.ATTENDEE_ITEM_ITEM, id0, Math.min(x, y), Math.max(x, y)));
                }
            }
            if (round % 10 == 0) {
                // a rule whose subjects are not all of one form, or not all keyed: sorted as texts
                findings.add(ids(Rule.ATTENDEE_DOUBLE_BOOKED, Finding.ATTENDEE_ITEM, random.nextInt(50), 3, 0));
                findings.add(ids(Rule.TOO_LITTLE_TRAVEL_TIME, Finding.ATTENDEE_ITEM_ITEM, -5, 1, 2));
                findings.add(finding(Rule.CLOSED_SESSION_PRESS, "attendee:7 item:7"));
            }
            assertSortsAsOrder(findings);
        }
    }
}
