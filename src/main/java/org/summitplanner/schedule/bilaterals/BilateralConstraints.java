package org.summitplanner.schedule.bilaterals;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;

/**
 * The rules a proposal is scored by. Hard: every scheduling check that a new meeting could trip
 * (a head double booked, away or without time to travel; a room double booked), against the agenda as
 * it is and between proposed meetings; seats and summit days are kept by the value ranges. Medium: the
 * requests left out, weighted by priority. Soft: fairness between delegations (what is left out is
 * spread: the square of each delegation's count), interpreters available, turnover gaps, rooms
 * not much bigger than the meeting.
 */
public final class BilateralConstraints implements ConstraintProvider {

    /** The least time wanted between two meetings of a person or in a room. */
    static final long TURNOVER_SECONDS = 10 * 60L;
    static final int FAIRNESS_WEIGHT = 10;
    static final int INTERPRETER_WEIGHT = 20;
    static final int ROOMY = 4;
    static final int ROOM_WEIGHT = 10;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            clashWithAgenda(factory),
            headClash(factory),
            roomClash(factory),
            leftOut(factory),
            fairness(factory, true),
            fairness(factory, false),
            interpreters(factory),
            turnoverWithAgenda(factory),
            turnover(factory),
            roomTooBig(factory)
        };
    }

    private static BiConstraintStream<Placement, Placement> near(ConstraintFactory factory) {
        return factory.forEach(Placement.class).filter(Placement::placed)
                .join(factory.forEach(Placement.class).filter(Placement::placed),
                        Joiners.lessThan(Placement::getId),
                        Joiners.overlapping(p -> p.startSec() - p.reach(), p -> p.endSec() + p.reach()));
    }

    Constraint clashWithAgenda(ConstraintFactory factory) {
        return factory.forEach(Placement.class).filter(p -> p.placed() && !p.fitsAgenda())
                .penalize(HardMediumSoftScore.ONE_HARD).asConstraint("Clash with the agenda");
    }

    Constraint headClash(ConstraintFactory factory) {
        return near(factory).filter(Placement::headClash)
                .penalize(HardMediumSoftScore.ONE_HARD).asConstraint("Head double booked or without travel time");
    }

    Constraint roomClash(ConstraintFactory factory) {
        return near(factory).filter(Placement::roomClash)
                .penalize(HardMediumSoftScore.ONE_HARD).asConstraint("Room double booked");
    }

    Constraint leftOut(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Placement.class).filter(p -> !p.placed())
                .penalize(HardMediumSoftScore.ONE_MEDIUM, p -> p.meeting().weight())
                .asConstraint("Request left out");
    }

    Constraint fairness(ConstraintFactory factory, boolean requesting) {
        return factory.forEachIncludingUnassigned(Placement.class).filter(p -> !p.placed())
                .groupBy(requesting ? Placement::nation : Placement::withNation, ConstraintCollectors.count())
                .penalize(HardMediumSoftScore.ONE_SOFT, (nation, count) -> FAIRNESS_WEIGHT * count * count)
                .asConstraint(requesting ? "Fairness (requesting delegation)" : "Fairness (requested delegation)");
    }

    Constraint interpreters(ConstraintFactory factory) {
        return factory.forEach(Placement.class).filter(Placement::placed)
                .penalize(HardMediumSoftScore.ONE_SOFT, p -> INTERPRETER_WEIGHT * p.languagesWithoutInterpreter())
                .asConstraint("Interpreter not available");
    }

    Constraint turnoverWithAgenda(ConstraintFactory factory) {
        return factory.forEach(Placement.class).filter(Placement::placed)
                .penalize(HardMediumSoftScore.ONE_SOFT, p -> p.tightWithAgenda(TURNOVER_SECONDS))
                .asConstraint("Turnover gap to the agenda");
    }

    /** A big hall for a meeting of three keeps it from what needs it, and is not what protocol wants. */
    Constraint roomTooBig(ConstraintFactory factory) {
        return factory.forEach(Placement.class).filter(p -> p.placed() && p.room().capacity() > ROOMY * p.seats())
                .penalize(HardMediumSoftScore.ONE_SOFT, p -> ROOM_WEIGHT).asConstraint("Room much too big");
    }

    Constraint turnover(ConstraintFactory factory) {
        return near(factory).filter((a, b) -> a.tightWith(b, TURNOVER_SECONDS))
                .penalize(HardMediumSoftScore.ONE_SOFT).asConstraint("Turnover gap");
    }
}
