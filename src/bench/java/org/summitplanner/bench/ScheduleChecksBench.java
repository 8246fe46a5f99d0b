package org.summitplanner.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.summitplanner.model.SummitContent;
import org.summitplanner.schedule.Finding;
import org.summitplanner.schedule.NaiveChecks;
import org.summitplanner.schedule.ScheduleChecks;

/**
 * The scheduling checks on the UN-week summit: the real, indexed checks against the all-pairs
 * oracle of the tests (src/oracle/java). Goals of issue 4: fullCheck under 50 ms and at least 50
 * times faster than naiveFullCheck.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScheduleChecksBench {

    private SummitContent content;

    @Setup
    public void setUp() {
        content = UnWeek.content();
        List<Finding> fast = new ScheduleChecks().check(content);
        // timing two programs that disagree would compare nothing
        if (!fast.equals(new NaiveChecks().check(content, ScheduleChecks.DEFAULT_TRANSFER_TIME))) {
            throw new IllegalStateException("the checks and the oracle disagree on the UN-week summit");
        }
    }

    @Benchmark
    public List<Finding> fullCheck() {
        return new ScheduleChecks().check(content, ScheduleChecks.DEFAULT_TRANSFER_TIME);
    }

    @Benchmark
    public List<Finding> naiveFullCheck() {
        return new NaiveChecks().check(content, ScheduleChecks.DEFAULT_TRANSFER_TIME);
    }
}
