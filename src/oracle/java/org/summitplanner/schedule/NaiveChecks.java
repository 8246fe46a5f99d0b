package org.summitplanner.schedule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.Participation;
import org.summitplanner.model.ParticipationStatus;
import org.summitplanner.model.Role;
import org.summitplanner.model.Room;
import org.summitplanner.model.SummitContent;

/**
 * The oracle: the rules of issue 4 written as literally as possible, every pair of items against
 * every other, every nation against everything. Slow on purpose and obviously right; the fast
 * {@link ScheduleChecks} must report exactly what this reports. It builds its findings through the
 * same {@link SummitFacts} so that the two can differ only in what they find. Also compiled into the
 * JMH benchmarks (see the bench profile in pom.xml), which time it against the fast checks.
 */
public final class NaiveChecks {

    public List<Finding> check(SummitContent content, Duration transferTime) {
        SummitFacts facts = new SummitFacts(content, transferTime);
        List<AgendaItem> items = content.agenda();
        List<Finding> out = new ArrayList<>();
        // the heads of delegation by nation: each attends the items naming them and those listing their nation
        // as a whole (a head named on neither of two items is on both only through nations they list)
        Map<String, List<Attendee>> heads = content.attendees().stream().filter(Attendee::headOfDelegation)
                .collect(Collectors.groupingBy(Attendee::nation));
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                AgendaItem a = items.get(i);
                AgendaItem b = items.get(j);
                if (!(a.time().start().isBefore(b.time().end()) && b.time().start().isBefore(a.time().end()))) {
                    continue;
                }
                for (long id : a.attendeeIds()) {
                    if (b.attendeeIds().contains(id) && facts.attendee(id) != null) {
                        out.add(facts.attendeeDoubleBooked(facts.attendee(id), a, b));
                    }
                }
                Set<String> listed = new LinkedHashSet<>(a.nations());
                listed.addAll(b.nations());
                for (Attendee head : listed.stream().flatMap(n -> heads.getOrDefault(n, List.of()).stream()).toList()) {
                    boolean namedOnA = a.attendeeIds().contains(head.id());
                    boolean namedOnB = b.attendeeIds().contains(head.id());
                    boolean onA = namedOnA || a.nations().contains(head.nation());
                    boolean onB = namedOnB || b.nations().contains(head.nation());
                    if (onA && onB && !(namedOnA && namedOnB)) {
                        out.add(facts.headDoubleBooked(head, a, !namedOnA, b, !namedOnB));
                    }
                }
                if (a.roomId() != null && a.roomId().equals(b.roomId()) && facts.room(a.roomId()) != null) {
                    out.add(facts.roomDoubleBooked(facts.room(a.roomId()), a, b));
                }
            }
        }
        for (AgendaItem item : items) {
            Room room = facts.room(item.roomId());
            if (room != null) {
                Set<Long> people = new HashSet<>(item.attendeeIds());
                for (Attendee a : content.attendees()) {
                    if (item.nations().contains(a.nation())) {
                        people.add(a.id());
                    }
                }
                if (people.size() > room.capacity()) {
                    out.add(facts.roomOverCapacity(item, room, people.size()));
                }
            }
            if (item.time().start().isBefore(facts.firstInstant) || item.time().end().isAfter(facts.endInstant)) {
                out.add(facts.outsideSummitDays(item));
            }
            for (long id : item.attendeeIds()) {
                Attendee a = facts.attendee(id);
                if (a == null) {
                    continue;
                }
                boolean late = a.arrivesAt() != null && a.arrivesAt().isAfter(item.time().start());
                boolean early = a.departsAt() != null && a.departsAt().isBefore(item.time().end());
                if (late || early) {
                    out.add(facts.notPresent(a, item));
                }
                if (a.role() == Role.PRESS && item.closed()) {
                    out.add(facts.closedSessionPress(a, item));
                }
            }
        }
        travel(facts, items, out);
        nations(facts, content, out);
        out.sort(Finding.ORDER);
        return out;
    }

    private static void travel(SummitFacts facts, List<AgendaItem> items, List<Finding> out) {
        for (AgendaItem a : items) {
            for (AgendaItem b : items) {
                if (a.time().end().isAfter(b.time().start())
                        || !Duration.between(a.time().end(), b.time().start()).minus(facts.transferTime).isNegative()) {
                    continue;
                }
                Room from = facts.room(a.roomId());
                Room to = facts.room(b.roomId());
                if (from == null || to == null || from.building() == null || to.building() == null
                        || from.building().equals(to.building())) {
                    continue;
                }
                for (long id : a.attendeeIds()) {
                    if (b.attendeeIds().contains(id) && facts.attendee(id) != null
                            && nothingBetween(items, id, a, b)) {
                        out.add(facts.tooLittleTravelTime(facts.attendee(id), a, b));
                    }
                }
            }
        }
    }

    /** Consecutive: none of the person's items lies wholly between the end of a and the start of b. */
    private static boolean nothingBetween(List<AgendaItem> items, long attendee, AgendaItem a, AgendaItem b) {
        for (AgendaItem c : items) {
            if (c.attendeeIds().contains(attendee) && !c.time().start().isBefore(a.time().end())
                    && !c.time().end().isAfter(b.time().start())) {
                return false;
            }
        }
        return true;
    }

    private static void nations(SummitFacts facts, SummitContent content, List<Finding> out) {
        Set<String> codes = new TreeSet<>();
        content.attendees().forEach(a -> codes.add(a.nation()));
        content.agenda().forEach(i -> codes.addAll(i.nations()));
        content.participations().forEach(p -> codes.add(p.nation()));
        for (String nation : codes) {
            List<Attendee> members = content.attendees().stream().filter(a -> a.nation().equals(nation)).toList();
            List<Long> itemIds = new ArrayList<>();
            for (AgendaItem item : content.agenda()) {
                boolean named = item.attendeeIds().stream()
                        .anyMatch(id -> facts.attendee(id) != null && facts.attendee(id).nation().equals(nation));
                if (item.nations().contains(nation) || named) {
                    itemIds.add(item.id());
                }
            }
            ParticipationStatus status = content.participations().stream().filter(p -> p.nation().equals(nation))
                    .map(Participation::status).findFirst().orElse(ParticipationStatus.NOT_INVITED);
            boolean present = !members.isEmpty() || !itemIds.isEmpty();
            if (present && status == ParticipationStatus.NOT_INVITED) {
                out.add(facts.delegation(Rule.UNINVITED_DELEGATION, nation, itemIds));
            } else if (present && status == ParticipationStatus.DECLINED) {
                out.add(facts.delegation(Rule.DECLINED_DELEGATION, nation, itemIds));
            } else if (present && status == ParticipationStatus.INVITED) {
                out.add(facts.delegation(Rule.INVITATION_UNANSWERED, nation, itemIds));
            }
            if (status == ParticipationStatus.CONFIRMED && members.isEmpty()) {
                out.add(facts.confirmedWithoutDelegation(nation));
            }
            if (!members.isEmpty() && members.stream().noneMatch(Attendee::headOfDelegation)) {
                out.add(facts.withoutHead(nation));
            }
        }
    }
}
