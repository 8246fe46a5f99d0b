package org.summitplanner.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.SummitContent;

/** The fast checks against the all-pairs oracle on many small random summits (seeded: a failure repeats). */
class DifferentialTest {

    private static final long SEED = 20_250_311L;
    private static final int SUMMITS = 2_000;
    private static final Duration[] TRANSFER_TIMES = {Duration.ZERO, Duration.ofMinutes(15), Duration.ofMinutes(30),
        Duration.ofMinutes(45)};

    @Test
    void fastChecksFindExactlyWhatTheOracleFinds() {
        RandomSummits summits = new RandomSummits(SEED);
        ScheduleChecks fast = new ScheduleChecks();
        NaiveChecks oracle = new NaiveChecks();
        Set<Rule> seen = EnumSet.noneOf(Rule.class);
        int findings = 0;
        long heads = 0;
        Set<Object> ways = new java.util.HashSet<>();
        for (int n = 0; n < SUMMITS; n++) {
            SummitContent content = summits.next();
            Duration transfer = TRANSFER_TIMES[n % TRANSFER_TIMES.length];
            List<Finding> expected = oracle.check(content, transfer);
            List<Finding> actual = fast.check(content, transfer);
            assertEquals(expected, actual, "summit " + n + " of seed " + SEED + ": " + content);
            expected.forEach(f -> seen.add(f.rule()));
            findings += expected.size();
            for (Finding f : expected) {
                if (f.asHeadOf() != null) {
                    heads++;
                    ways.add(f.arguments().get(4));
                }
            }
        }
        // heads counted through a whole delegation: on the first, the second or both items
        assertTrue(heads > SUMMITS / 40, "too few double bookings of heads through their delegation: " + heads);
        assertEquals(Set.of(1, 2, 3), ways);
        // a generator that never made a rule fire would prove nothing about it (badge quotas: BadgeQuotasTest)
        assertEquals(Rule.ofContent(), seen);
        assertTrue(findings > 10 * SUMMITS, "too few findings to compare: " + findings);
    }

    /**
     * The incremental checks after every edit of a random sequence (items moved, re-peopled, added and
     * deleted, their whole delegations changed; attendees, rooms and standings changed, added and deleted;
     * heads of delegation moved) find exactly what a full check
     * of the summit as it then is finds, fingerprints included, so that acknowledgements keep holding.
     */
    @Test
    void incrementalChecksAfterAnySequenceOfEditsEqualAFullCheck() {
        RandomSummits summits = new RandomSummits(SEED + 1);
        RandomEdits edits = new RandomEdits(SEED + 2);
        ScheduleChecks full = new ScheduleChecks();
        Set<Rule> seen = EnumSet.noneOf(Rule.class);
        int compared = 0;
        long heads = 0;
        Set<Object> ways = new java.util.HashSet<>();
        for (int n = 0; n < SUMMITS / 4; n++) {
            SummitContent content = withTransfer(summits.next(), (int) TRANSFER_TIMES[n % TRANSFER_TIMES.length].toMinutes());
            IncrementalChecks checks = IncrementalChecks.of(content);
            List<String> done = new java.util.ArrayList<>();
            for (int e = 0; e < 40; e++) {
                done.add(edits.edit(checks));
                SummitContent now = checks.content();
                List<Finding> expected = full.check(now, now.summit().transferTime());
                assertEquals(expected, checks.findings(), "summit " + n + " after " + done + ": " + now);
                expected.forEach(f -> seen.add(f.rule()));
                for (Finding f : expected) {
                    if (f.asHeadOf() != null) {
                        heads++;
                        ways.add(f.arguments().get(4));
                    }
                }
                compared++;
            }
        }
        assertEquals(Rule.ofContent(), seen);
        assertTrue(heads > SUMMITS / 2, "too few double bookings of heads through their delegation: " + heads);
        assertEquals(Set.of(1, 2, 3), ways);
        assertTrue(compared >= 10 * SUMMITS, "too few edits compared: " + compared);
    }

    private static SummitContent withTransfer(SummitContent content, int minutes) {
        var s = content.summit();
        return new SummitContent(new org.summitplanner.model.Summit(s.id(), s.name(), s.hostNation(), s.city(),
                s.venue(), s.firstDay(), s.lastDay(), s.timeZone(), minutes, s.version()), content.participations(),
                content.rooms(), content.attendees(), content.agenda());
    }
}
