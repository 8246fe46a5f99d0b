package org.summitplanner.schedule.bilaterals;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the solver proposes: the meetings placed and the requests left out.
 *
 * @param score the solver's final score ("0hard/-3medium/-120soft"): hard 0 means no scheduling rule broken
 * @param hardBroken hard-constraint breaks in the solver's best solution (0 when feasible)
 * @param spent how long the solver ran
 * @param cancelled whether it was stopped before its time was up
 */
public record Proposal(List<ProposedMeeting> meetings, List<Unplaced> unplaced, String score, long hardBroken,
                       Duration spent, boolean cancelled) {

    public Proposal {
        meetings = List.copyOf(meetings);
        unplaced = List.copyOf(unplaced);
    }

    private static final Pattern SOFT = Pattern.compile("(-?\\d+)soft$");

    /**
     * The preference cost: the soft part of the score made positive (fairness, interpreters, turnover, room
     * size); 0 when there is no score. Lower is better; it compares proposals of the same requests only.
     */
    public long preferenceCost() {
        Matcher m = SOFT.matcher(score == null ? "" : score);
        return m.find() ? -Long.parseLong(m.group(1)) : 0;
    }

    public int requests() {
        return meetings.size() + unplaced.size();
    }

    /** The share of the requests placed, 0 to 1 (1 when there were none). */
    public double sharePlaced() {
        return requests() == 0 ? 1 : (double) meetings.size() / requests();
    }
}
