package org.summitplanner.seating;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.Participation;
import org.summitplanner.model.Seat;
import org.summitplanner.model.SeatingLayout;
import org.summitplanner.model.SeatingPlan;
import org.summitplanner.model.SummitContent;

/**
 * The checks of a seating plan against its item and the summit: a place for every delegation taking
 * part, nobody seated twice, the uninvited (and those who declined) never seated. Pure.
 */
public final class SeatingChecks {

    private SeatingChecks() {
    }

    public static List<SeatingProblem> check(SummitContent content, AgendaItem item, SeatingPlan plan) {
        Map<Long, Attendee> people = new HashMap<>();
        content.attendees().forEach(a -> people.put(a.id(), a));
        LongFunction<String> name = id -> {
            Attendee a = people.get(id);
            return a == null ? "#" + id : a.displayName();
        };
        Set<String> takesPart = new HashSet<>();
        for (Participation p : content.participations()) {
            if (p.status().takesPart()) {
                takesPart.add(p.nation());
            }
        }
        List<SeatingProblem> out = new ArrayList<>();
        Set<String> seated = new HashSet<>();
        Set<String> reportedNation = new HashSet<>();
        Set<Long> seen = new HashSet<>();
        Set<Long> twice = new HashSet<>();
        Map<String, Integer> tablePlaces = new HashMap<>();
        for (Seat seat : plan.seats()) {
            seated.add(seat.nation());
            if (!takesPart.contains(seat.nation()) && reportedNation.add(seat.nation())) {
                out.add(new SeatingProblem(SeatingProblem.Kind.UNINVITED_SEATED, seat.nation(), null));
            }
            if (seat.attendeeId() != null && !seen.add(seat.attendeeId()) && twice.add(seat.attendeeId())) {
                Attendee a = people.get(seat.attendeeId());
                out.add(new SeatingProblem(SeatingProblem.Kind.SEATED_TWICE, a == null ? seat.nation() : a.nation(),
                        name.apply(seat.attendeeId())));
            }
            if (plan.layout() != SeatingLayout.THEATRE && seat.tier() == 0) {
                tablePlaces.merge(seat.nation(), 1, Integer::sum);
            }
        }
        for (Seat seat : plan.seats()) {
            Seat table = seat.tier() == 0 || plan.layout() != SeatingLayout.PLENARY ? null
                    : plan.seat(seat.place(), 0);
            Attendee a = seat.attendeeId() == null ? null : people.get(seat.attendeeId());
            String sits = a != null ? a.nation() : seat.nation();
            if (table != null && !table.nation().equals(sits)) {
                out.add(new SeatingProblem(SeatingProblem.Kind.BEHIND_ANOTHER_DELEGATION, sits,
                        a == null ? null : name.apply(seat.attendeeId())));
            }
        }
        tablePlaces.forEach((nation, n) -> {
            if (n > 1) {
                out.add(new SeatingProblem(SeatingProblem.Kind.SEATED_TWICE, nation, null));
            }
        });
        Set<String> expected = new java.util.LinkedHashSet<>(item.nations());
        item.attendeeIds().forEach(id -> {
            Attendee a = people.get(id);
            if (a != null) {
                expected.add(a.nation());
            }
        });
        for (String nation : expected) {
            if (takesPart.contains(nation) && !seated.contains(nation)) {
                out.add(new SeatingProblem(SeatingProblem.Kind.DELEGATION_WITHOUT_SEAT, nation, null));
            }
        }
        out.sort(java.util.Comparator.comparing(SeatingProblem::kind).thenComparing(SeatingProblem::nation)
                .thenComparing(p -> p.who() == null ? "" : p.who()));
        return out;
    }
}
