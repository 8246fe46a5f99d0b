package org.summitplanner.model;

/** How the people of a delegation are ordered. */
public enum MemberRule {
    /** By rank (head of state, head of government, minister, then the other roles), then date of taking office. */
    RANK,
    /** By the places set by hand; people without one follow by rank. */
    HAND
}
