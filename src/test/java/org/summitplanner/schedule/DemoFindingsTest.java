package org.summitplanner.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.Role;
import org.summitplanner.model.SummitContent;
import org.summitplanner.service.SummitService;

/** The demo summit's deliberate problems, and nothing the oracle would not find. */
class DemoFindingsTest {

    @Test
    void theDemoReportsItsDeliberateProblems() {
        SummitContent demo = TestSummits.load(SummitService.DEMO_RESOURCE);
        List<Finding> findings = new ScheduleChecks().check(demo);
        assertEquals(new NaiveChecks().check(demo, ScheduleChecks.DEFAULT_TRANSFER_TIME), findings);

        assertEquals(List.of("us-1 ws-backstop US"), TestSummits.described(demo, findings, Rule.UNINVITED_DELEGATION));
        assertEquals(List.of("de-1 ws-reassurance bilat-de-ua DE"),
                TestSummits.described(demo, findings, Rule.ATTENDEE_DOUBLE_BOOKED));
        assertEquals(Role.MINISTER, TestSummits.attendee(demo, "de-1").role());
        assertEquals(List.of("bilat-si-ua marigny-salon-bleu"), TestSummits.described(demo, findings, Rule.ROOM_OVER_CAPACITY));
        Finding room = findings.stream().filter(f -> f.rule() == Rule.ROOM_OVER_CAPACITY).findFirst().orElseThrow();
        assertEquals("\u201CBilateral: Slovenia \u2013 Ukraine\u201D (15:15\u201315:45) needs 7 seats but Salon bleu holds 6.",
                room.message(Locale.ENGLISH));
        // and what else the demo holds: the press officer on the closed pre-briefing, three unanswered
        // invitations with provisional delegations, three quick walks to the Hôtel de Marigny
        Map<Rule, Long> counts = findings.stream().collect(Collectors.groupingBy(Finding::rule, TreeMap::new,
                Collectors.counting()));
        assertEquals("{ATTENDEE_DOUBLE_BOOKED=1, ROOM_OVER_CAPACITY=1, UNINVITED_DELEGATION=1, INVITATION_UNANSWERED=3, "
                + "TOO_LITTLE_TRAVEL_TIME=3, CLOSED_SESSION_PRESS=1}", counts.toString());
    }
}
