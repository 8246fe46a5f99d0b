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
    void attendeeNamedOnOverlappingItemsButNotOnTouchingOnes() {
        // fr-1 heads the French delegation, which takes part in f as a whole: f overlaps a and b
        assertEquals(List.of("fr-1 a b FR", "fr-1 a f FR", "fr-1 b f FR"),
                run("double-booked.json", Rule.ATTENDEE_DOUBLE_BOOKED));
    }

    /**
     * A head of delegation attends the items their delegation takes part in as a whole: named on one and
     * there through the delegation on the other, or through it on both; members who do not head it, and
     * delegations without a head, are not counted (a security officer is rarely in the hall).
     */
    @Test
    void headOfDelegationCountsOnItemsTheDelegationTakesPartInAsAWhole() {
        assertEquals(List.of("fr-h lunch session FR", "fr-h welcome plenary FR", "ua-h early talks UA",
                "ua-h talks press UA"), run("head-double-booked.json", Rule.ATTENDEE_DOUBLE_BOOKED));
        SummitContent content = load("head-double-booked.json");
        List<Finding> found = checks.check(content);
        assertEquals("Barrot (FR) is expected at two items at the same time: \u201CWelcome\u201D (10:00\u201311:00), "
                + "where they are named, and \u201CPlenary\u201D (10:30\u201312:00) as head of the FR delegation, "
                + "which takes part as a whole.", head(content, found, "welcome").message(Locale.ENGLISH));
        assertEquals("Barrot (FR) est attendu(e) \u00E0 deux points en m\u00EAme temps : \u201CWelcome\u201D "
                + "(10:00\u201311:00), o\u00F9 son nom figure, et \u201CPlenary\u201D (10:30\u201312:00) comme chef "
                + "de sa d\u00E9l\u00E9gation, qui y participe en entier. D\u00E9l\u00E9gation : FR.",
                head(content, found, "welcome").message(Locale.FRENCH));
        assertEquals("Barrot (FR) is expected at two items at the same time as head of the FR delegation, which "
                + "takes part as a whole in both \u201CLunch\u201D (12:00\u201313:00) and \u201CWorking session\u201D "
                + "(12:30\u201313:30).", head(content, found, "lunch").message(Locale.ENGLISH));
        assertEquals("Sybiha (UA) is expected at two items at the same time: \u201CEarly talks\u201D "
                + "(14:30\u201315:15) as head of the UA delegation, which takes part as a whole, and "
                + "\u201CTalks\u201D (15:00\u201316:00), where they are named.",
                head(content, found, "early").message(Locale.ENGLISH));
        assertEquals("FR", head(content, found, "welcome").asHeadOf());
        assertEquals(List.of(TestSummits.item(content, "plenary").id()),
                head(content, found, "welcome").throughDelegationItemIds());
        assertEquals(List.of(TestSummits.item(content, "lunch").id(), TestSummits.item(content, "session").id()),
                head(content, found, "lunch").throughDelegationItemIds());
        // named on both (talks also lists the delegation): the double booking of the named, as before
        Finding named = head(content, found, "press");
        assertEquals(null, named.asHeadOf());
        assertEquals(List.of(), named.throughDelegationItemIds());
        assertEquals("Sybiha (UA) is named on two items at the same time: \u201CTalks\u201D (15:00\u201316:00) and "
                + "\u201CPress\u201D (15:30\u201316:30).", named.message(Locale.ENGLISH));
    }

    /** The double booking of a person whose subject names the item with the given key. */
    private static Finding head(SummitContent content, List<Finding> findings, String itemKey) {
        long id = TestSummits.item(content, itemKey).id();
        return findings.stream().filter(f -> f.rule() == Rule.ATTENDEE_DOUBLE_BOOKED && f.itemIds().contains(id))
                .findFirst().orElseThrow();
    }

    /**
     * Acknowledgements hold against rule, subject and fingerprint: the double booking of the named keeps the
     * fingerprint it had before heads were counted through their delegation (hashed by the build before), and a
     * head's double booking through the delegation has another for the same subject, so an acknowledgement of
     * the one does not hold for the other.
     */
    @Test
    void theNamedDoubleBookingKeepsItsFingerprintAndAHeadsThroughTheDelegationHasItsOwn() {
        SummitContent content = load("double-booked.json");
        Finding named = only(checks.check(content), Rule.ATTENDEE_DOUBLE_BOOKED);
        assertEquals("attendee:1 item:1 item:2", named.subject());
        assertEquals(NAMED_A_B, named.fingerprint());

        // fr-1 no longer named on b, but the French delegation now takes part in b as a whole
        AgendaItem b = TestSummits.item(content, "b");
        Finding through = checks.check(replace(content, new AgendaItem(b.id(), b.key(), b.title(), b.kind(),
                b.time(), b.roomId(), b.closed(), b.description(), List.of(TestSummits.attendee(content, "fr-2").id()),
                List.of("FR"), b.version()))).stream().filter(f -> f.subject().equals(named.subject()))
                .findFirst().orElseThrow();
        assertEquals(Rule.ATTENDEE_DOUBLE_BOOKED, through.rule());
        assertEquals(named.subject(), through.subject());
        assertEquals("FR", through.asHeadOf());
        assertNotEquals(named.fingerprint(), through.fingerprint());
    }

    /** The fingerprint of fr-1's double booking on a and b in double-booked.json, as main 234b378 hashed it. */
    private static final String NAMED_A_B = "100420424ea2d3c5d32f0543b028968f";

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

    /** The one finding of the rule, leaving out heads' double bookings through their delegation. */
    private static Finding only(List<Finding> findings, Rule rule) {
        List<Finding> of = findings.stream().filter(f -> f.rule() == rule && f.asHeadOf() == null).toList();
        assertEquals(1, of.size(), of.toString());
        return of.get(0);
    }

    private static SummitContent replace(SummitContent c, AgendaItem item) {
        List<AgendaItem> agenda = new ArrayList<>(c.agenda());
        agenda.replaceAll(i -> i.id() == item.id() ? item : i);
        return new SummitContent(c.summit(), c.participations(), c.rooms(), c.attendees(), agenda);
    }
}
