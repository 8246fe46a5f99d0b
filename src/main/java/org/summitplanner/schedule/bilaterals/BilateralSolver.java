package org.summitplanner.schedule.bilaterals;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.BilateralRequest;
import org.summitplanner.model.Participation;
import org.summitplanner.model.ParticipationStatus;
import org.summitplanner.model.Role;
import org.summitplanner.model.Room;
import org.summitplanner.model.Summit;
import org.summitplanner.model.SummitContent;
import org.summitplanner.model.TimeRange;

/**
 * Proposes times and rooms for a summit's open bilateral requests. First a greedy pass places what it
 * can without breaking any rule (so the solver starts feasible, and its best solution, never worse
 * than its start, stays feasible); then Timefold's local search moves and swaps meetings to place more
 * of them, by priority, and to improve fairness, interpreters and turnover gaps, until the time is up,
 * nothing improves for a while, or {@link #cancel()}. Pure: a summit in, a proposal out; nothing is
 * written. One solver runs one proposal at a time.
 */
public final class BilateralSolver {

    /**
     * @param dayStart, dayEnd the meeting hours of each summit day (summit time zone)
     * @param stepMinutes the grid of start times
     * @param limit the most time the solver may take
     */
    public record Settings(LocalTime dayStart, LocalTime dayEnd, int stepMinutes, Duration limit) {

        public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(10);

        public static Settings defaults() {
            return new Settings(LocalTime.of(8, 0), LocalTime.of(20, 0), 15, DEFAULT_LIMIT);
        }

        public Settings withLimit(Duration newLimit) {
            return new Settings(dayStart, dayEnd, stepMinutes, newLimit);
        }
    }

    /** Called from the solving thread whenever the best proposal improves. */
    @FunctionalInterface
    public interface Progress {
        /** @param fraction of the time limit spent, 0 to 1 */
        void update(double fraction, int placed, int total);
    }

    private volatile Solver<BilateralPlan> running;
    private volatile boolean cancelled;

    /** Stops a proposal being made (it ends with the best found so far), or the next one before it starts. */
    public void cancel() {
        cancelled = true;
        Solver<BilateralPlan> solver = running;
        if (solver != null) {
            solver.terminateEarly();
        }
    }

    public Proposal propose(SummitContent content, Settings settings, Progress progress) {
        return propose(content, content.bilaterals(), settings, progress);
    }

    public Proposal propose(SummitContent content, List<BilateralRequest> requests, Settings settings,
                            Progress progress) {
        long began = System.nanoTime();
        Summit summit = content.summit();
        Map<Long, Attendee> people = content.attendees().stream()
                .collect(Collectors.toMap(Attendee::id, Function.identity()));
        Map<Long, Room> rooms = content.rooms().stream().collect(Collectors.toMap(Room::id, Function.identity()));
        Occupancy agenda = new Occupancy(content.agenda(), people, rooms, summit.transferTime().getSeconds());
        Map<String, ParticipationStatus> standing = content.participations().stream()
                .collect(Collectors.toMap(Participation::nation, Participation::status, (a, b) -> b));
        Map<String, Long> heads = new HashMap<>();
        Map<String, List<Attendee>> interpreters = new HashMap<>();
        for (Attendee a : content.attendees()) {
            if (a.headOfDelegation()) {
                heads.put(a.nation(), a.id());
            }
            if (a.role() == Role.INTERPRETER) {
                interpreters.computeIfAbsent(a.nation(), k -> new ArrayList<>()).add(a);
            }
        }
        // a room marked not for bilaterals is never proposed; the largest of them tells why a request is left out
        List<Room> byCapacity = content.rooms().stream().filter(Room::bilaterals)
                .sorted(Comparator.comparingInt(Room::capacity).thenComparingLong(Room::id)).toList();
        int largestElsewhere = content.rooms().stream().filter(room -> !room.bilaterals())
                .mapToInt(Room::capacity).max().orElse(0);

        List<Unplaced> unplaced = new ArrayList<>();
        List<Placement> placements = new ArrayList<>();
        Map<Instant, Map<Long, Slot>> slotTable = new HashMap<>();
        for (BilateralRequest r : requests) {
            if (!r.open()) {
                continue;
            }
            if (!takesPart(standing.get(r.nation())) || !takesPart(standing.get(r.withNation()))) {
                unplaced.add(new Unplaced(r, Unplaced.Reason.NATION_NOT_TAKING_PART));
                continue;
            }
            Long head = heads.get(r.nation());
            Long otherHead = heads.get(r.withNation());
            if (head == null || otherHead == null) {
                unplaced.add(new Unplaced(r, Unplaced.Reason.NO_HEAD_OF_DELEGATION));
                continue;
            }
            List<Long> both = List.of(head, otherHead);
            List<Instant> starts = starts(summit, settings, r.minutes(), both, agenda);
            if (starts.isEmpty()) {
                unplaced.add(new Unplaced(r, Unplaced.Reason.NO_COMMON_TIME));
                continue;
            }
            int seats = 2 + r.languages().size();
            List<Room> fitting = byCapacity.stream().filter(room -> room.capacity() >= seats).toList();
            if (fitting.isEmpty()) {
                unplaced.add(new Unplaced(r, largestElsewhere >= seats ? Unplaced.Reason.NO_ROOM_FOR_BILATERALS
                        : Unplaced.Reason.NO_ROOM_BIG_ENOUGH));
                continue;
            }
            List<Slot> slots = slots(starts, fitting, r.minutes() * 60L, both, agenda, slotTable);
            if (slots.isEmpty()) {
                unplaced.add(new Unplaced(r, Unplaced.Reason.NO_FREE_SLOT));
                continue;
            }
            Map<String, List<Long>> speakers = new LinkedHashMap<>();
            for (String language : r.languages()) {
                List<Long> ids = new ArrayList<>();
                for (String nation : List.of(r.nation(), r.withNation())) {
                    interpreters.getOrDefault(nation, List.of()).stream()
                            .filter(a -> a.languages().contains(language)).forEach(a -> ids.add(a.id()));
                }
                speakers.put(language, ids);
            }
            placements.add(new Placement(placements.size() + 1L, new Meeting(r, both, speakers, slots), agenda));
        }

        greedy(placements, agenda);
        BilateralPlan best = new BilateralPlan(placements);
        if (!placements.isEmpty() && !cancelled) {
            best = solve(best, began, settings.limit(), placements.size(), progress);
        }
        HardMediumSoftScore score = best.getScore();
        return proposal(best.getPlacements(), unplaced, agenda, people, score, Duration.ofNanos(System.nanoTime() - began));
    }

    private static boolean takesPart(ParticipationStatus status) {
        return status == ParticipationStatus.CONFIRMED || status == ParticipationStatus.OBSERVER;
    }

    /** The starts on the grid, within each day's meeting hours, when both heads are there and have nothing. */
    private static List<Instant> starts(Summit summit, Settings settings, int minutes, List<Long> heads,
                                        Occupancy agenda) {
        List<Instant> starts = new ArrayList<>();
        for (LocalDate day = summit.firstDay(); !day.isAfter(summit.lastDay()); day = day.plusDays(1)) {
            for (LocalTime t = settings.dayStart();
                 !t.plusMinutes(minutes).isAfter(settings.dayEnd()) && !t.plusMinutes(minutes).isBefore(t);
                 t = t.plusMinutes(settings.stepMinutes())) {
                Instant start = summit.toInstant(day.atTime(t));
                long s = start.getEpochSecond();
                long e = s + minutes * 60L;
                if (heads.stream().allMatch(h -> agenda.present(h, s, e) && agenda.personFree(h, s, e))) {
                    starts.add(start);
                }
                if (t.plusMinutes(settings.stepMinutes()).isBefore(t)) {
                    break;
                }
            }
        }
        return starts;
    }

    /**
     * The slots that fit the agenda as it is: both heads with time to come from their items before and
     * go to their items after, in that room's building, and the room free. Slot values are shared.
     */
    private static List<Slot> slots(List<Instant> starts, List<Room> rooms, long seconds, List<Long> heads,
                                    Occupancy agenda, Map<Instant, Map<Long, Slot>> table) {
        List<Slot> slots = new ArrayList<>();
        for (Instant start : starts) {
            long s = start.getEpochSecond();
            long e = s + seconds;
            Map<String, Boolean> headsFit = new HashMap<>();
            for (Room room : rooms) {
                boolean fit = headsFit.computeIfAbsent(String.valueOf(room.building()),
                        b -> heads.stream().allMatch(h -> agenda.personFits(h, s, e, room.building())));
                if (fit && agenda.roomFree(room.id(), s, e)) {
                    slots.add(table.computeIfAbsent(start, k -> new HashMap<>())
                            .computeIfAbsent(room.id(), k -> new Slot(start, room)));
                }
            }
        }
        return slots;
    }

    /**
     * Places the meetings one by one, most important and most constrained first, in the first slot
     * that breaks no rule with the meetings placed before (the slots already fit the agenda).
     */
    private static void greedy(List<Placement> placements, Occupancy agenda) {
        Occupancy work = agenda.copy();
        List<Placement> order = new ArrayList<>(placements);
        order.sort(Comparator.comparingInt((Placement p) -> p.meeting().request().priority())
                .thenComparingInt(p -> p.meeting().slots().size()).thenComparing(Placement::getId));
        for (Placement p : order) {
            Meeting m = p.meeting();
            for (Slot slot : m.slots()) {
                long s = slot.start().getEpochSecond();
                long e = s + m.seconds();
                Room room = slot.room();
                if (m.heads().stream().allMatch(h -> work.personFits(h, s, e, room.building()))
                        && work.roomFree(room.id(), s, e)) {
                    p.setSlot(slot);
                    work.add(s, e, room, m.heads());
                    break;
                }
            }
        }
    }

    /** Built once: it compiles the constraints (about a second); each proposal gets its own solver and limit. */
    private static final class Factory {
        static final SolverFactory<BilateralPlan> INSTANCE = SolverFactory.create(new SolverConfig()
                .withSolutionClass(BilateralPlan.class)
                .withEntityClasses(Placement.class)
                .withConstraintProviderClass(BilateralConstraints.class)
                .withPhases(new LocalSearchPhaseConfig()));
    }

    private BilateralPlan solve(BilateralPlan plan, long began, Duration limit, int total, Progress progress) {
        SolverFactory<BilateralPlan> factory = Factory.INSTANCE;
        // what is left of the limit once the model is built and the factory ready (Timefold takes whole ms)
        Duration left = Duration.ofMillis(limit.minusNanos(System.nanoTime() - began).toMillis());
        if (left.toMillis() < 1) {
            return plan;
        }
        Solver<BilateralPlan> solver = factory.buildSolver(new SolverConfigOverride<BilateralPlan>()
                .withTerminationConfig(new TerminationConfig().withSpentLimit(left)
                        .withUnimprovedSpentLimit(unimproved(left))));
        if (progress != null) {
            solver.addEventListener(event -> {
                int placed = (int) event.getNewBestSolution().getPlacements().stream().filter(Placement::placed).count();
                double spent = (System.nanoTime() - began) / (double) limit.toNanos();
                progress.update(Math.min(1, spent), placed, total);
            });
        }
        running = solver;
        try {
            if (cancelled) {
                return plan;
            }
            return solver.solve(plan);
        } finally {
            running = null;
        }
    }

    /** Stop early once nothing improves for a fifth of the time (at least 1 s, at most 5 s). */
    private static Duration unimproved(Duration left) {
        Duration fifth = Duration.ofMillis(left.toMillis() / 5);
        return fifth.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1)
                : fifth.compareTo(Duration.ofSeconds(5)) > 0 ? Duration.ofSeconds(5) : fifth;
    }

    /**
     * The placed meetings, checked once more against the agenda and each other (a meeting that would
     * break a rule is left out, which only happens if the solver's best solution broke a hard constraint),
     * with the interpreters who are free added, the first free one for each language.
     */
    private Proposal proposal(List<Placement> placements, List<Unplaced> unplaced, Occupancy agenda,
                              Map<Long, Attendee> people, HardMediumSoftScore score, Duration spent) {
        Occupancy work = agenda.copy();
        List<ProposedMeeting> meetings = new ArrayList<>();
        List<Unplaced> left = new ArrayList<>(unplaced);
        List<Placement> order = new ArrayList<>(placements);
        order.sort(Comparator.comparing((Placement p) -> p.placed() ? p.start() : Instant.MAX)
                .thenComparingInt(p -> p.meeting().request().priority()).thenComparing(Placement::getId));
        for (Placement p : order) {
            Meeting m = p.meeting();
            if (!p.placed()) {
                left.add(new Unplaced(m.request(), Unplaced.Reason.NO_FREE_SLOT));
                continue;
            }
            long s = p.startSec();
            long e = p.endSec();
            Room room = p.room();
            if (!m.heads().stream().allMatch(h -> work.personFits(h, s, e, room.building()))
                    || !work.roomFree(room.id(), s, e)) {
                left.add(new Unplaced(m.request(), Unplaced.Reason.RULE_BROKEN));
                continue;
            }
            List<Long> attendees = new ArrayList<>(m.heads());
            List<Long> chosen = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            m.interpreters().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
                Long free = entry.getValue().stream().filter(chosen::contains).findFirst()
                        .or(() -> entry.getValue().stream()
                                .filter(i -> !attendees.contains(i) && work.personFits(i, s, e, room.building()))
                                .findFirst())
                        .orElse(null);
                if (free == null) {
                    missing.add(entry.getKey());
                } else if (!chosen.contains(free)) {
                    chosen.add(free);
                    attendees.add(free);
                }
            });
            work.add(s, e, room, attendees);
            meetings.add(new ProposedMeeting(m.request(), new TimeRange(p.start(), p.start().plusSeconds(m.seconds())),
                    room, attendees, chosen, missing,
                    attendees.stream().noneMatch(a -> people.get(a).role() == Role.PRESS)));
        }
        left.sort(Comparator.comparingLong(u -> u.request().id()));
        return new Proposal(meetings, left, score == null ? "" : score.toString(),
                score == null ? 0 : -score.hardScore(), spent, cancelled);
    }
}
