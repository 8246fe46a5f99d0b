package org.summitplanner.store;

/**
 * A summary of a summit's attendees that any insert, update or delete changes: how many there
 * are, the sum of their ids and the sum of their versions. An import plan made over one stamp is
 * refused when the stamp moved on, rather than applied to attendees it did not see.
 */
public record RosterStamp(long count, long idSum, long versionSum) {
}
