package org.summitplanner.model;

/** A nation is a state (ISO 3166-1) or an international organisation (EU, NATO, UN). */
public enum NationKind {
    STATE, ORGANISATION
}
