package org.summitplanner.model;

import java.time.LocalDate;
import java.util.Objects;

/** A nation's standing for one summit. */
public record Participation(long id, String nation, ParticipationStatus status,
                            LocalDate invitedOn, LocalDate respondedOn, String notes, int version) {

    public Participation {
        Objects.requireNonNull(nation, "nation");
        Objects.requireNonNull(status, "status");
        notes = Nfc.of(notes);
    }

    public Participation withVersion(int newVersion) {
        return new Participation(id, nation, status, invitedOn, respondedOn, notes, newVersion);
    }
}
