package org.summitplanner.model;

/** A nation's standing for one summit. */
public enum ParticipationStatus {
    NOT_INVITED, INVITED, CONFIRMED, DECLINED, OBSERVER;

    /** Whether a nation with this status sends people to the summit. */
    public boolean takesPart() {
        return this == INVITED || this == CONFIRMED || this == OBSERVER;
    }
}
