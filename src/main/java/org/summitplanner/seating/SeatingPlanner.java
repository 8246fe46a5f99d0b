package org.summitplanner.seating;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.Participation;
import org.summitplanner.model.Role;
import org.summitplanner.model.Seat;
import org.summitplanner.model.SeatingLayout;
import org.summitplanner.model.SeatingPlan;
import org.summitplanner.model.SummitContent;

/**
 * Makes a seating plan for an agenda item from the order of precedence. Pure: the summit, the item
 * and the orders in, a plan out. Places are numbered in honour: 0 is the host's (or the first
 * delegation's when the host is not there), then 1, 2, 3 ... which the drawing puts to the host's
 * right, left, right, left, alternating; a theatre fills its rows from the front in that order.
 */
public final class SeatingPlanner {

    /** Those who are at the table or behind it; interpreters, security and press sit elsewhere. */
    static final Set<Role> SEATED = EnumSet.of(Role.HEAD_OF_STATE, Role.HEAD_OF_GOVERNMENT, Role.MINISTER,
            Role.MILITARY, Role.OFFICIAL, Role.ADVISER);

    private SeatingPlanner() {
    }

    /**
     * The delegations taking part in the item (listed whole or through a named member) and who of each,
     * in the given orders, without the uninvited and those who declined.
     *
     * @param delegationOrder nation codes in order of precedence (nations not in it come last, by code)
     * @param membersInOrder each delegation's members in order of precedence (head first)
     */
    public static Map<String, List<Attendee>> present(SummitContent content, AgendaItem item,
                                                      List<String> delegationOrder,
                                                      Map<String, List<Attendee>> membersInOrder) {
        Set<String> invited = new LinkedHashSet<>();
        for (Participation p : content.participations()) {
            if (p.status().takesPart()) {
                invited.add(p.nation());
            }
        }
        Set<Long> named = new LinkedHashSet<>(item.attendeeIds());
        Set<String> nations = new LinkedHashSet<>(item.nations());
        content.attendees().stream().filter(a -> named.contains(a.id())).forEach(a -> nations.add(a.nation()));
        List<String> ordered = new ArrayList<>();
        delegationOrder.stream().filter(nations::contains).forEach(ordered::add);
        nations.stream().filter(n -> !ordered.contains(n)).sorted().forEach(ordered::add);
        Map<String, List<Attendee>> out = new LinkedHashMap<>();
        for (String nation : ordered) {
            if (!invited.contains(nation)) {
                continue;
            }
            boolean whole = item.nations().contains(nation);
            List<Attendee> people = membersInOrder.getOrDefault(nation, List.of()).stream()
                    .filter(a -> SEATED.contains(a.role()) && (whole || named.contains(a.id())))
                    .toList();
            out.put(nation, people);
        }
        return out;
    }

    /**
     * The plan: plenary one place per delegation (head at the table, the next two behind); round table
     * the heads only; theatre a chair per person, delegation after delegation.
     */
    public static SeatingPlan plan(SummitContent content, AgendaItem item, SeatingLayout layout,
                                   List<String> delegationOrder, Map<String, List<Attendee>> membersInOrder) {
        Map<String, List<Attendee>> present = present(content, item, delegationOrder, membersInOrder);
        List<String> nations = new ArrayList<>(present.keySet());
        String host = content.summit().hostNation();
        if (host != null && nations.remove(host)) {
            nations.add(0, host);
        }
        List<Seat> seats = new ArrayList<>();
        if (layout == SeatingLayout.THEATRE) {
            int chair = 0;
            for (String nation : nations) {
                List<Attendee> people = present.get(nation);
                if (people.isEmpty()) {
                    seats.add(new Seat(chair++, 0, nation, null));
                }
                for (Attendee a : people) {
                    seats.add(new Seat(chair++, 0, nation, a.id()));
                }
            }
        } else {
            int tiers = layout == SeatingLayout.PLENARY ? 3 : 1;
            for (int place = 0; place < nations.size(); place++) {
                String nation = nations.get(place);
                List<Attendee> people = present.get(nation);
                // the delegation's chair at the table stays even without a named person
                seats.add(new Seat(place, 0, nation, people.isEmpty() ? null : people.get(0).id()));
                for (int tier = 1; tier < tiers && tier < people.size(); tier++) {
                    seats.add(new Seat(place, tier, nation, people.get(tier).id()));
                }
            }
        }
        return new SeatingPlan(0, item.id(), layout, seats, 0);
    }
}
