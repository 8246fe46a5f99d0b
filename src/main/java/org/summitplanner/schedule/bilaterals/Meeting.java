package org.summitplanner.schedule.bilaterals;

import java.util.List;
import java.util.Map;
import org.summitplanner.model.BilateralRequest;

/**
 * What the solver knows of one request it may place: the two heads of delegation (who must both be
 * free), the interpreters who could come for each language, and the slots that fit the agenda as it
 * is: both heads there, free and with time to travel, the room free and with a seat for everyone.
 *
 * @param interpreters for each requested language, the interpreters of the two delegations who speak it
 * @param slots in start order, then smallest room first
 */
record Meeting(BilateralRequest request, List<Long> heads, Map<String, List<Long>> interpreters, List<Slot> slots) {

    Meeting {
        heads = List.copyOf(heads);
        interpreters = Map.copyOf(interpreters);
        slots = List.copyOf(slots);
    }

    long seconds() {
        return request.minutes() * 60L;
    }

    /** How much leaving it out costs: a request of priority 1 outweighs two of priority 2, and so on. */
    int weight() {
        return 1 << (5 - request.priority());
    }
}
