package org.summitplanner.schedule;

/** The scheduling checks (issue 4), each with its fixed severity. */
public enum Rule {
    ATTENDEE_DOUBLE_BOOKED(Severity.ERROR),
    ROOM_DOUBLE_BOOKED(Severity.ERROR),
    ROOM_OVER_CAPACITY(Severity.ERROR),
    UNINVITED_DELEGATION(Severity.ERROR),
    DECLINED_DELEGATION(Severity.ERROR),
    INVITATION_UNANSWERED(Severity.WARNING),
    CONFIRMED_WITHOUT_DELEGATION(Severity.WARNING),
    DELEGATION_WITHOUT_HEAD(Severity.WARNING),
    OUTSIDE_SUMMIT_DAYS(Severity.ERROR),
    ATTENDEE_NOT_PRESENT(Severity.ERROR),
    TOO_LITTLE_TRAVEL_TIME(Severity.WARNING),
    CLOSED_SESSION_PRESS(Severity.ERROR),
    /** A delegation has more badges of a category than its quota: checked from the badge scheme (BadgeQuotas). */
    BADGE_QUOTA_EXCEEDED(Severity.WARNING);

    private final Severity severity;

    Rule(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }

    /** The rules ScheduleChecks and IncrementalChecks find from a summit's content alone (not the badge quotas). */
    public static java.util.Set<Rule> ofContent() {
        return java.util.EnumSet.complementOf(java.util.EnumSet.of(BADGE_QUOTA_EXCEEDED));
    }
}
