package org.summitplanner.model;

import java.util.List;
import java.util.Objects;

/**
 * A bilateral meeting one delegation asks for with another.
 *
 * @param nation code of the requesting nation
 * @param withNation code of the nation it wants to meet
 * @param minutes length of the meeting
 * @param priority 1 (most important) to 5 (least)
 * @param languages ISO 639-1 codes of the languages interpreters are needed for; empty when none
 * @param agendaItemId the agenda item holding the meeting once placed; null while requested
 */
public record BilateralRequest(long id, String nation, String withNation, int minutes, int priority,
                               List<String> languages, BilateralStatus status, Long agendaItemId, String notes,
                               int version) {

    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = 480;
    public static final int DEFAULT_PRIORITY = 3;

    public BilateralRequest {
        Objects.requireNonNull(nation, "nation");
        Objects.requireNonNull(withNation, "withNation");
        Objects.requireNonNull(status, "status");
        if (nation.equals(withNation)) {
            throw new IllegalArgumentException("a nation cannot request a bilateral with itself: " + nation);
        }
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw new IllegalArgumentException("length must be " + MIN_MINUTES + " to " + MAX_MINUTES
                    + " minutes: " + minutes);
        }
        if (priority < 1 || priority > 5) {
            throw new IllegalArgumentException("priority must be 1 to 5: " + priority);
        }
        languages = languages == null ? List.of() : List.copyOf(languages);
        notes = Nfc.of(Texts.blankToNull(notes));
        // a placed request whose agenda item was deleted is requested again
        if (agendaItemId == null && status != BilateralStatus.REQUESTED) {
            status = BilateralStatus.REQUESTED;
        }
    }

    /** Whether the solver should place it: not on the agenda yet. */
    public boolean open() {
        return status == BilateralStatus.REQUESTED;
    }

    public BilateralRequest withVersion(int newVersion) {
        return new BilateralRequest(id, nation, withNation, minutes, priority, languages, status, agendaItemId, notes,
                newVersion);
    }

    public BilateralRequest placed(long itemId) {
        return new BilateralRequest(id, nation, withNation, minutes, priority, languages, BilateralStatus.PLACED,
                itemId, notes, version);
    }

    public BilateralRequest withId(long newId) {
        return new BilateralRequest(newId, nation, withNation, minutes, priority, languages, status, agendaItemId,
                notes, version);
    }
}
