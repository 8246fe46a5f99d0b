package org.summitplanner.ui.nations;

import org.summitplanner.model.ParticipationStatus;

/** Which nations the list shows by status: all, those taking part, or one status. */
public enum StatusFilter {
    ALL(null), TAKING_PART(null),
    NOT_INVITED(ParticipationStatus.NOT_INVITED), INVITED(ParticipationStatus.INVITED),
    CONFIRMED(ParticipationStatus.CONFIRMED), DECLINED(ParticipationStatus.DECLINED),
    OBSERVER(ParticipationStatus.OBSERVER);

    private final ParticipationStatus status;

    StatusFilter(ParticipationStatus status) {
        this.status = status;
    }

    public boolean test(ParticipationStatus s) {
        return switch (this) {
            case ALL -> true;
            case TAKING_PART -> s.takesPart();
            default -> s == status;
        };
    }

    public static StatusFilter of(ParticipationStatus status) {
        return valueOf(status.name());
    }
}
