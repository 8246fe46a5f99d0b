package org.summitplanner.ui.delegations;

import org.summitplanner.model.Attendee;
import org.summitplanner.model.ParticipationStatus;

/**
 * A delegation as its table shows it.
 *
 * @param name the nation's name in the UI language
 * @param status null when the nation has attendees but no standing at the summit
 * @param head null when the delegation has no head (flagged)
 */
public record DelegationRow(String nation, String name, ParticipationStatus status, int size, Attendee head) {
}
