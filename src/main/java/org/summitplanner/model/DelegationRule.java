package org.summitplanner.model;

/** How a summit's delegations are ordered. */
public enum DelegationRule {
    /** Alphabetical by short name in the summit's precedence language. */
    ALPHABETICAL,
    /** Alphabetical, starting from a nation (or letter) drawn by lot and wrapping round (UN practice). */
    LOT,
    /** In the order the protocol office set by hand; nations it did not place follow alphabetically. */
    HAND
}
