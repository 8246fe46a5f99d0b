package org.summitplanner.app;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.summitplanner.model.ParticipationStatus;
import org.summitplanner.service.BadgeService;

/**
 * The line the badge commands write about people whose delegation has not accepted: their cards print by
 * default (everyone who is in the summit gets one), so the user is told who they are and how to leave them out.
 */
final class NotTakingPart {

    private NotTakingPart() {
    }

    /**
     * The warning (cards are made for them) or the note (they were left out); null when there is nobody.
     *
     * @param names nation code to English name
     */
    static String line(List<BadgeService.Outsider> outsiders, Map<String, String> names, boolean leftOut) {
        if (outsiders.isEmpty()) {
            return null;
        }
        int people = outsiders.stream().mapToInt(BadgeService.Outsider::people).sum();
        String who = (people == 1 ? "1 person" : people + " people") + " of "
                + (outsiders.size() == 1 ? "1 delegation that has" : outsiders.size() + " delegations that have")
                + " not confirmed (" + outsiders.stream().map(o -> names.getOrDefault(o.nation(), o.nation())
                        + " " + o.nation() + ": " + status(o.status()) + ", " + o.people())
                .collect(Collectors.joining("; ")) + ")";
        return leftOut ? "note: left out " + who + "."
                : "warning: " + who + (people == 1 ? " is" : " are") + " included; --confirmed-only leaves "
                + "them out.";
    }

    private static String status(ParticipationStatus status) {
        return switch (status) {
            case NOT_INVITED -> "not invited";
            case INVITED -> "invited, no answer yet";
            case DECLINED -> "declined";
            default -> status.name().toLowerCase(Locale.ROOT);
        };
    }
}
