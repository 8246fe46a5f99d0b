package org.summitplanner.schedule.bilaterals;

import java.time.Instant;
import org.summitplanner.model.Room;

/**
 * A start time in a room: the one value the solver gives a meeting. One variable rather than a time and
 * a room apart, so that a single move places a meeting left out (with two, the half-way state breaks a
 * hard rule and local search would never take the first step). Instances are shared between meetings.
 */
public record Slot(Instant start, Room room) {
}
