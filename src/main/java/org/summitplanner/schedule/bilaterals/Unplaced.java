package org.summitplanner.schedule.bilaterals;

import org.summitplanner.model.BilateralRequest;

/** A request the proposal leaves out, and why. */
public record Unplaced(BilateralRequest request, Reason reason) {

    public enum Reason {
        /** One of the two nations is not confirmed (or an observer): a meeting would be flagged by the checks. */
        NATION_NOT_TAKING_PART,
        /** One of the two delegations has no head of delegation to meet. */
        NO_HEAD_OF_DELEGATION,
        /** The two heads are never both there and free on the summit days' meeting hours. */
        NO_COMMON_TIME,
        /** No room seats everyone. */
        NO_ROOM_BIG_ENOUGH,
        /** The rooms that seat everyone are all marked not for bilaterals (a press room, the plenary hall ...). */
        NO_ROOM_FOR_BILATERALS,
        /** There was a time and a room, but not together with the other meetings. */
        NO_FREE_SLOT,
        /**
         * The solver placed it, but the check before proposing found it would break a scheduling rule: a
         * fault of the solver's constraints (the differential test makes sure it does not happen).
         */
        RULE_BROKEN
    }
}
