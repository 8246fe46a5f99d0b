package org.summitplanner.model;

import java.util.Objects;

/**
 * One nation's participation row going from one state to another; null on either side means
 * "no row" (the nation is not invited and nothing is stored for it).
 *
 * @param before the row as it is expected to be stored now (its id and version are checked)
 * @param after the values to store; when {@code before} is null and {@code after} has an id, the
 *              row is put back under that id (undoing its removal)
 */
public record ParticipationChange(String nation, Participation before, Participation after) {

    public ParticipationChange {
        Objects.requireNonNull(nation, "nation");
        if (before != null && !before.nation().equals(nation) || after != null && !after.nation().equals(nation)) {
            throw new IllegalArgumentException("a change of " + nation + " holds another nation's row");
        }
    }

    /** The change that undoes this one once it has been stored. */
    public ParticipationChange reversed() {
        return new ParticipationChange(nation, after, before);
    }

    /** Whether storing it would change nothing (same values, or no row on both sides). */
    public boolean isNoOp() {
        if (before == null || after == null) {
            return before == after;
        }
        return before.status() == after.status() && Objects.equals(before.invitedOn(), after.invitedOn())
                && Objects.equals(before.respondedOn(), after.respondedOn())
                && Objects.equals(before.notes(), after.notes());
    }
}
