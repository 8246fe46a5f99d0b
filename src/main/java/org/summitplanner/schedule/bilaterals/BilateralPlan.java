package org.summitplanner.schedule.bilaterals;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import java.util.List;

/** The solver's planning solution: the meetings to place, and the score of where they are. */
@PlanningSolution
public class BilateralPlan {

    @PlanningEntityCollectionProperty
    private List<Placement> placements;

    @PlanningScore
    private HardMediumSoftScore score;

    /** For the solver's cloning. */
    public BilateralPlan() {
    }

    BilateralPlan(List<Placement> placements) {
        this.placements = placements;
    }

    public List<Placement> getPlacements() {
        return placements;
    }

    public HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }
}
