package org.summitplanner.model;

/** The kind of an agenda item. */
public enum AgendaKind {
    PLENARY, WORKING_SESSION, BILATERAL, PRESS, MEAL, CEREMONY, OTHER
}
