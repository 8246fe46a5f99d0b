package org.summitplanner.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.summitplanner.schedule.TestSummits.described;
import static org.summitplanner.schedule.TestSummits.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.SummitContent;
import org.summitplanner.model.TimeRange;

/**
 * One test per rule on a small hand-written summit file: the cases that fire and the near misses that
 * must not (touching items, whole delegations that are not named, the same building, arrival exactly at
 * the start). Each file is also checked by the oracle, which must agree.
 */
class ScheduleChecksTest {

    private final ScheduleChecks checks = new ScheduleChecks();

    private List<String> run(String file, Rule rule) {
        SummitContent content = load(file);
        List<Finding> findings = checks.check(content);
        assertEquals(new NaiveChecks().check(content, ScheduleChecks.DEFAULT_TRANSFER_TIME), findings,
                "the oracle disagrees on " + file);
        return described(content, findings, rule);
    }

    @Test
    void attendeeNamedOnOverlappingItemsButNotOnTouchingOnesNorAsAWholeDelegation() {
        assertEquals(List.of("fr-1 a b FR"), run("double-booked.json", Rule.ATTENDEE_DOUBLE_BOOKED));
    }

    @Test
    void roomBookedForOverlappingItemsButNotForTouchingOnes() {
        assertEquals(List.of("c d r1"), run("double-booked.json", Rule.ROOM_DOUBLE_BOOKED));
    }

    @Test
    void roomOverCapacityCountsNamedPeopleOnceAndWholeDelegations() {
        assertEquals(List.of("over small"), run("capacity.json", Rule.ROOM_OVER_CAPACITY));
        SummitContent content = load("capacity.json");
        Finding over = checks.check(content).stream().filter(f -> f.rule() == Rule.ROOM_OVER_CAPACITY).findFirst()
                .orElseThrow();
        assertEquals("\u201COver\u201D (09:00\u201310:00) needs 4 seats but Salon dor\u00E9 holds 3.",
                over.message(Locale.ENGLISH));
        assertEquals("\u201COver\u201D (09:00\u201310:00) demande 4 places, mais Salon dor\u00E9 n'en compte que 3.",
                over.message(Locale.FRENCH));
    }

    @Test
    void uninvitedIncludingNationsWithoutParticipation() {
        assertEquals(List.of("plenary GB", "us-1 plenary US"), run("nations.json", Rule.UNINVITED_DELEGATION));
    }

    @Test
    void declinedDelegationOnTheAgenda() {
        assertEquals(List.of("plenary HU"), run("nations.json", Rule.DECLINED_DELEGATION));
    }

    @Test
    void unansweredInvitationWithAttendeesButNotWithout() {
        assertEquals(List.of("de-1 DE"), run("nations.json", Rule.INVITATION_UNANSWERED));
    }

    @Test
    void confirmedWithoutAttendees() {
        assertEquals(List.of("UA"), run("nations.json", Rule.CONFIRMED_WITHOUT_DELEGATION));
    }

    @Test
    void delegationWithoutHead() {
        assertEquals(List.of("de-1 DE"), run("nations.json", Rule.DELEGATION_WITHOUT_HEAD));
    }

    @Test
    void outsideTheSummitDaysInItsTimeZoneButNotAtMidnight() {
        assertEquals(List.of("early", "late"), run("days-presence.json", Rule.OUTSIDE_SUMMIT_DAYS));
    }

    @Test
    void notPresentButArrivingExactlyAtTheStartOrLeavingAtTheEndIsFine() {
        assertEquals(List.of("fr-1 m2 FR", "fr-1 m4 FR", "fr-2 m2 FR"), run("days-presence.json", Rule.ATTENDEE_NOT_PRESENT));
    }

    @Test
    void tooLittleTravelTimeBetweenConsecutiveItemsInDifferentBuildings() {
        // not: exactly the transfer time, the same building, an item in between, an unknown building,
        // nor a person there only as a member of a whole delegation
        assertEquals(List.of("fr-1 a b e1 m1 FR", "fr-1 d e e2 m1 FR", "fr-2 g h e2 m1 FR"),
                run("travel.json", Rule.TOO_LITTLE_TRAVEL_TIME));
    }

    @Test
    void travelTimeIsTheSummitsSetting() {
        SummitContent content = load("travel.json");
        List<String> shorter = described(content, checks.check(content, Duration.ofMinutes(10)),
                Rule.TOO_LITTLE_TRAVEL_TIME);
        assertEquals(List.of("fr-2 g h e2 m1 FR"), shorter);
        List<String> longer = described(content, checks.check(content, Duration.ofMinutes(31)),
                Rule.TOO_LITTLE_TRAVEL_TIME);
        assertEquals(List.of("fr-1 a b e1 m1 FR", "fr-1 b c e1 m1 FR", "fr-1 d e e2 m1 FR", "fr-2 g h e2 m1 FR"), longer);
    }

    @Test
    void pressNamedOnAClosedItemButNotOnAnOpenOneNorAsAWholeDelegation() {
        assertEquals(List.of("fr-p closed FR"), run("press.json", Rule.CLOSED_SESSION_PRESS));
    }

    @Test
    void theFingerprintChangesWithTheFactsAndOnlyWithThem() {
        SummitContent content = load("double-booked.json");
        Finding before = only(checks.check(content), Rule.ATTENDEE_DOUBLE_BOOKED);
        Finding again = only(checks.check(load("double-booked.json")), Rule.ATTENDEE_DOUBLE_BOOKED);
        assertEquals(before, again, "the same facts give the same finding and fingerprint");

        AgendaItem b = TestSummits.item(content, "b");
        TimeRange later = new TimeRange(b.time().start().plusSeconds(300), b.time().end());
        Finding moved = only(checks.check(replace(content, new AgendaItem(b.id(), b.key(), b.title(), b.kind(), later,
                b.roomId(), b.closed(), "another description", b.attendeeIds(), b.nations(), b.version()))),
                Rule.ATTENDEE_DOUBLE_BOOKED);
        assertEquals(before.subject(), moved.subject());
        assertNotEquals(before.fingerprint(), moved.fingerprint());

        Finding redescribed = only(checks.check(replace(content, new AgendaItem(b.id(), b.key(), b.title(), b.kind(),
                b.time(), b.roomId(), b.closed(), "another description", b.attendeeIds(), b.nations(), 7))),
                Rule.ATTENDEE_DOUBLE_BOOKED);
        assertEquals(before.fingerprint(), redescribed.fingerprint(), "a description is not a fact of the finding");
    }

    private static Finding only(List<Finding> findings, Rule rule) {
        List<Finding> of = findings.stream().filter(f -> f.rule() == rule).toList();
        assertEquals(1, of.size(), of.toString());
        return of.get(0);
    }

    private static SummitContent replace(SummitContent c, AgendaItem item) {
        List<AgendaItem> agenda = new ArrayList<>(c.agenda());
        agenda.replaceAll(i -> i.id() == item.id() ? item : i);
        return new SummitContent(c.summit(), c.participations(), c.rooms(), c.attendees(), agenda);
    }
}
