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
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.SummitContent;
import org.summitplanner.model.TimeRange;
import org.summitplanner.schedule.Finding;
import org.summitplanner.schedule.IncrementalChecks;
import org.summitplanner.schedule.NaiveChecks;
import org.summitplanner.schedule.ScheduleChecks;

/**
 * The scheduling checks on the UN-week summit: the real, indexed checks against the all-pairs
 * oracle of the tests (src/oracle/java). Goals of issue 4: fullCheck under 50 ms and at least 50
 * times faster than naiveFullCheck; of issue 14: at least 200 times faster, and one moved item re-checked
 * incrementally (incrementalMove) in at most 1 ms.
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

    /** The incremental checks of issue 14: one item moved an hour later, then back, alternately. */
    @State(Scope.Benchmark)
    public static class Moving {
        IncrementalChecks checks;
        AgendaItem item;
        AgendaItem moved;
        boolean there;

        @Setup
        public void setUp() {
            SummitContent content = UnWeek.content();
            checks = IncrementalChecks.of(content);
            // an item with people and a room: the most a move can touch
            item = content.agenda().stream().filter(i -> i.roomId() != null)
                    .max(java.util.Comparator.comparingInt(i -> i.attendeeIds().size())).orElseThrow();
            moved = new AgendaItem(item.id(), item.key(), item.title(), item.kind(),
                    new TimeRange(item.time().start().plusSeconds(3600), item.time().end().plusSeconds(3600)),
                    item.roomId(), item.closed(), item.description(), item.attendeeIds(), item.nations(),
                    item.version() + 1);
            List<Finding> before = checks.findings();
            checks.putItem(moved);
            SummitContent now = checks.content();
            if (!checks.findings().equals(new ScheduleChecks().check(now, now.summit().transferTime()))) {
                throw new IllegalStateException("the incremental checks and a full check disagree after a move");
            }
            checks.putItem(item);
            if (!checks.findings().equals(before)) {
                throw new IllegalStateException("moving the item back did not give the findings back");
            }
        }
    }

    /** One moved item re-checked (its people, rooms and itself); goal: at most 1 ms. */
    @Benchmark
    public int incrementalMove(Moving state) {
        state.there = !state.there;
        state.checks.putItem(state.there ? state.moved : state.item);
        return state.checks.size();
    }

    /** The same, and the whole list of findings handed out as the live checks do after each change. */
    @Benchmark
    public List<Finding> incrementalMoveAndList(Moving state) {
        state.there = !state.there;
        state.checks.putItem(state.there ? state.moved : state.item);
        return state.checks.findings();
    }

    @Benchmark
    public List<Finding> naiveFullCheck() {
        return new NaiveChecks().check(content, ScheduleChecks.DEFAULT_TRANSFER_TIME);
    }
}
