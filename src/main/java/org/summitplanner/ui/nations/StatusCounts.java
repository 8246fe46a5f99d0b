package org.summitplanner.ui.nations;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.summitplanner.model.NationStanding;

/** How many nations have each status (and take part), as text for the counts bar: "34 taking part". */
final class StatusCounts {

    private final NationTexts texts;
    private final Map<StatusFilter, ReadOnlyStringWrapper> counts = new EnumMap<>(StatusFilter.class);

    StatusCounts(NationTexts texts) {
        this.texts = texts;
        for (StatusFilter f : StatusFilter.values()) {
            counts.put(f, new ReadOnlyStringWrapper(this, "count" + f.name(), ""));
        }
    }

    void count(List<NationStanding> standings) {
        Map<StatusFilter, Integer> n = new EnumMap<>(StatusFilter.class);
        for (NationStanding s : standings) {
            n.merge(StatusFilter.of(s.status()), 1, Integer::sum);
            if (s.status().takesPart()) {
                n.merge(StatusFilter.TAKING_PART, 1, Integer::sum);
            }
        }
        n.put(StatusFilter.ALL, standings.size());
        counts.forEach((f, text) -> text.set(texts.count(f, n.getOrDefault(f, 0))));
    }

    ReadOnlyStringProperty property(StatusFilter filter) {
        return counts.get(filter).getReadOnlyProperty();
    }
}
