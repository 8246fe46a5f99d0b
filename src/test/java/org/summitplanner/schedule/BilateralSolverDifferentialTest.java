package org.summitplanner.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.BilateralRequest;
import org.summitplanner.model.BilateralStatus;
import org.summitplanner.model.Participation;
import org.summitplanner.model.ParticipationStatus;
import org.summitplanner.model.Role;
import org.summitplanner.model.Summit;
import org.summitplanner.model.SummitContent;
import org.summitplanner.schedule.bilaterals.BilateralSolver;
import org.summitplanner.schedule.bilaterals.Proposal;
import org.summitplanner.schedule.bilaterals.ProposedMeeting;
import org.summitplanner.schedule.bilaterals.Unplaced;

/**
 * The solver's hard constraints against the checks themselves: on many small crowded random summits
 * (seeded, so a failure repeats), every proposal, applied to the agenda and checked by ScheduleChecks,
 * adds no finding (same rule, subject and fingerprint as before, or none).
 */
class BilateralSolverDifferentialTest {

    private static final long SEED = 20_251_206L;
    private static final int SUMMITS = 30;
    private static final String[] NATIONS = {"FR", "UA", "DE", "US", "HU", "GB"};
    private static final String[] LANGUAGES = {"fr", "en", "uk", "de"};
    private static final int[] TRANSFER = {0, 15, 30, 45};

    @Test
    void everyProposalAddsNoFinding() {
        RandomSummits summits = new RandomSummits(SEED);
        Random random = new Random(SEED + 1);
        ScheduleChecks checks = new ScheduleChecks();
        int placed = 0;
        int requested = 0;
        for (int n = 0; n < SUMMITS; n++) {
            SummitContent content = crowded(summits.next(), random, TRANSFER[n % TRANSFER.length]);
            BilateralSolver.Settings settings = BilateralSolver.Settings.defaults()
                    .withLimit(Duration.ofMillis(400));
            Proposal proposal = new BilateralSolver().propose(content, settings, null);
            assertEquals(0, proposal.hardBroken(), "summit " + n + ": " + proposal.score());
            assertTrue(proposal.unplaced().stream().noneMatch(u -> u.reason() == Unplaced.Reason.RULE_BROKEN),
                    "summit " + n + ": the solver's best broke a rule the checks know: " + proposal.unplaced());
            Set<List<String>> before = keys(checks.check(content, content.summit().transferTime()));
            List<AgendaItem> agenda = new ArrayList<>(content.agenda());
            long id = 1000;
            for (ProposedMeeting m : proposal.meetings()) {
                agenda.add(m.agendaItem(id++, "Bilateral", null, null));
            }
            SummitContent after = new SummitContent(content.summit(), content.participations(), content.rooms(),
                    content.attendees(), agenda, content.bilaterals());
            List<Finding> added = checks.check(after, after.summit().transferTime()).stream()
                    .filter(f -> !before.contains(key(f))).toList();
            assertEquals(List.of(), added, "summit " + n + " of seed " + SEED + " with " + proposal.meetings());
            placed += proposal.meetings().size();
            requested += proposal.requests();
        }
        // a generator whose requests were never placed would prove nothing
        assertTrue(placed > requested / 3, "too few meetings placed to compare: " + placed + " of " + requested);
    }

    private static Set<List<String>> keys(List<Finding> findings) {
        Set<List<String>> keys = new HashSet<>();
        findings.forEach(f -> keys.add(key(f)));
        return keys;
    }

    private static List<String> key(Finding f) {
        return List.of(f.rule().name(), f.subject(), f.fingerprint());
    }

    /** The random summit with one head per nation that has people, interpreters with languages, and requests. */
    private static SummitContent crowded(SummitContent c, Random random, int transferMinutes) {
        Summit s = c.summit();
        Summit summit = new Summit(s.id(), s.name(), s.hostNation(), s.city(), s.venue(), s.firstDay(), s.lastDay(),
                s.timeZone(), transferMinutes, s.version());
        List<Attendee> attendees = new ArrayList<>();
        Set<String> headed = new HashSet<>();
        for (Attendee a : c.attendees()) {
            boolean head = headed.add(a.nation());
            List<String> languages = a.role() == Role.INTERPRETER
                    ? List.of(LANGUAGES[random.nextInt(LANGUAGES.length)]) : a.languages();
            attendees.add(new Attendee(a.id(), a.key(), a.nation(), a.givenName(), a.familyName(), a.honorific(),
                    a.position(), a.role(), head, a.email(), a.phone(), languages, a.arrivesAt(), a.departsAt(),
                    a.notes(), 0));
        }
        // most nations take part and have a head, who is often on the agenda already (crowded)
        long nextId = 100;
        List<AgendaItem> agenda = new ArrayList<>(c.agenda());
        for (String nation : NATIONS) {
            if (headed.add(nation)) {
                long id = nextId++;
                Role role = random.nextInt(6) == 0 ? Role.PRESS : Role.HEAD_OF_GOVERNMENT;
                attendees.add(new Attendee(id, "h" + id, nation, "Head", nation, null, null, role, true, null, null,
                        List.of(), null, null, null, 0));
                for (int k = 0; k < agenda.size(); k++) {
                    if (random.nextInt(3) == 0) {
                        AgendaItem i = agenda.get(k);
                        List<Long> named = new ArrayList<>(i.attendeeIds());
                        named.add(id);
                        agenda.set(k, new AgendaItem(i.id(), i.key(), i.title(), i.kind(), i.time(), i.roomId(),
                                i.closed(), null, named, i.nations(), 0));
                    }
                }
            }
        }
        List<Participation> participations = new ArrayList<>();
        for (String nation : NATIONS) {
            ParticipationStatus status = random.nextInt(5) == 0 ? ParticipationStatus.values()[random.nextInt(5)]
                    : random.nextBoolean() ? ParticipationStatus.CONFIRMED : ParticipationStatus.OBSERVER;
            participations.add(new Participation(participations.size() + 1L, nation, status, null, null, null, 0));
        }
        List<BilateralRequest> requests = new ArrayList<>();
        for (int i = 1, n = random.nextInt(9); i <= n; i++) {
            String nation = NATIONS[random.nextInt(NATIONS.length)];
            String with = NATIONS[random.nextInt(NATIONS.length)];
            if (nation.equals(with)) {
                continue;
            }
            List<String> languages = random.nextBoolean() ? List.of()
                    : List.of(LANGUAGES[random.nextInt(LANGUAGES.length)]);
            requests.add(new BilateralRequest(i, nation, with, 15 * (1 + random.nextInt(6)), 1 + random.nextInt(5),
                    languages, BilateralStatus.REQUESTED, null, null, 0));
        }
        return new SummitContent(summit, participations, c.rooms(), attendees, agenda, requests);
    }
}
