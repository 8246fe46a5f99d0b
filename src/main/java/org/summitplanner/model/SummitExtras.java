package org.summitplanner.model;

import java.util.List;

/**
 * What a summit file holds besides {@link SummitContent}: the badge scheme and the seating plans. Kept apart
 * from the content so that the checks, the incremental scopes and the screens that work on the content do
 * not carry it. Ids refer to the attendees and agenda items of the content they go with.
 *
 * @param badges the summit's own badge scheme; null when it has the standard one
 * @param plans one plan per agenda item, in the order of the agenda
 */
public record SummitExtras(BadgeScheme badges, List<SeatingPlan> plans) {

    public static final SummitExtras NONE = new SummitExtras(null, List.of());

    public SummitExtras {
        plans = List.copyOf(plans);
    }
}
