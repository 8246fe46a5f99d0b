package org.summitplanner.model;

/** A nation's standing for one summit. */
public enum ParticipationStatus {
    NOT_INVITED, INVITED, CONFIRMED, DECLINED, OBSERVER;

    /** Whether a nation with this status sends people to the summit. */
    public boolean takesPart() {
        return this == INVITED || this == CONFIRMED || this == OBSERVER;
    }

    /**
     * Whether the nation has said it comes (confirmed, or an observer): what badges and tent cards can be
     * limited to. An invitation not yet answered does not count.
     */
    public boolean accepted() {
        return this == CONFIRMED || this == OBSERVER;
    }
}
