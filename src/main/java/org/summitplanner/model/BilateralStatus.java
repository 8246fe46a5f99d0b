package org.summitplanner.model;

/** Where a requested bilateral meeting stands. */
public enum BilateralStatus {
    /** Not on the agenda yet: the solver may propose a time and room. */
    REQUESTED,
    /** A planner accepted a proposed time and room: an agenda item holds the meeting. */
    PLACED,
    /** Both delegations agreed to the placed meeting. */
    ACCEPTED
}
