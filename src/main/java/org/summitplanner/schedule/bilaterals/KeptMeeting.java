package org.summitplanner.schedule.bilaterals;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.AgendaKind;
import org.summitplanner.model.BilateralRequest;
import org.summitplanner.model.Room;
import org.summitplanner.model.SummitContent;

/**
 * A bilateral on the agenda in a room marked not for bilaterals: placed by hand, or before the room was
 * marked. The solver never moves a user's decision; the Bilaterals screen and {@code schedule-bilaterals}
 * say it instead.
 */
public record KeptMeeting(AgendaItem item, Room room) {

    /** The summit's bilaterals (by kind, or holding a request) in a room marked not for bilaterals, by start. */
    public static List<KeptMeeting> in(SummitContent content) {
        Map<Long, Room> closed = content.rooms().stream().filter(r -> !r.bilaterals())
                .collect(Collectors.toMap(Room::id, Function.identity()));
        if (closed.isEmpty()) {
            return List.of();
        }
        Set<Long> requested = content.bilaterals().stream().map(BilateralRequest::agendaItemId)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        return content.agenda().stream()
                .filter(i -> i.roomId() != null && closed.containsKey(i.roomId())
                        && (i.kind() == AgendaKind.BILATERAL || requested.contains(i.id())))
                .sorted(Comparator.comparing((AgendaItem i) -> i.time().start()).thenComparingLong(AgendaItem::id))
                .map(i -> new KeptMeeting(i, closed.get(i.roomId()))).toList();
    }
}
