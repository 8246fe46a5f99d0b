package org.summitplanner.schedule;

import java.util.Objects;
import org.summitplanner.model.Acknowledgement;

/**
 * A finding and the acknowledgement that holds for it, if any.
 *
 * @param acknowledgement null unless a planner acknowledged this finding with these very facts
 */
public record CheckedFinding(Finding finding, Acknowledgement acknowledgement) {

    public CheckedFinding {
        Objects.requireNonNull(finding, "finding");
    }

    public boolean acknowledged() {
        return acknowledgement != null;
    }

    public Severity severity() {
        return finding.severity();
    }
}
