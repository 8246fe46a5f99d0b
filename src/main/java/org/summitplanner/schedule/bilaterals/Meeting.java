package org.summitplanner.schedule.bilaterals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.summitplanner.model.BilateralRequest;
import org.summitplanner.model.Room;

/**
 * What the solver knows of one request it may place: the two heads of delegation (who must both be
 * free), the interpreters who could come for each language, the starts at which both heads are there
 * and have nothing else, and the rooms with a seat for everyone.
 *
 * @param interpreters for each requested language, the interpreters of the two delegations who speak it
 */
record Meeting(BilateralRequest request, List<Long> heads, Map<String, List<Long>> interpreters,
               List<Instant> starts, List<Room> rooms) {

    Meeting {
        heads = List.copyOf(heads);
        interpreters = Map.copyOf(interpreters);
        starts = List.copyOf(starts);
        rooms = List.copyOf(rooms);
    }

    long seconds() {
        return request.minutes() * 60L;
    }

    /** How much leaving it out costs: a request of priority 1 outweighs two of priority 2, and so on. */
    int weight() {
        return 1 << (5 - request.priority());
    }
}
