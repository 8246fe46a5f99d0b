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
        for (int n = 0; n < SUMMITS; n++) {
            SummitContent content = summits.next();
            Duration transfer = TRANSFER_TIMES[n % TRANSFER_TIMES.length];
            List<Finding> expected = oracle.check(content, transfer);
            List<Finding> actual = fast.check(content, transfer);
            assertEquals(expected, actual, "summit " + n + " of seed " + SEED + ": " + content);
            expected.forEach(f -> seen.add(f.rule()));
            findings += expected.size();
        }
        // a generator that never made a rule fire would prove nothing about it
        assertEquals(EnumSet.allOf(Rule.class), seen);
        assertTrue(findings > 10 * SUMMITS, "too few findings to compare: " + findings);
    }
}
