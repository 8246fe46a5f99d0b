package org.summitplanner.ui.nations;

import java.util.List;
import org.summitplanner.model.ParticipationChange;
import org.summitplanner.service.NationService;
import org.summitplanner.ui.common.Edit;

/**
 * Undo and redo of one save, bulk status change or removal on the nations screen: each writes the
 * reverse of what was last stored, all nations in one transaction, checking every row's version so
 * that a change made elsewhere meanwhile is refused rather than overwritten.
 */
final class ParticipationEdit implements Edit {

    private final String description;
    private final long summitId;
    private final NationService service;
    private List<ParticipationChange> stored;

    ParticipationEdit(String description, long summitId, NationService service, List<ParticipationChange> stored) {
        this.description = description;
        this.summitId = summitId;
        this.service = service;
        this.stored = List.copyOf(stored);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public synchronized void undo() {
        flip();
    }

    @Override
    public synchronized void redo() {
        flip();
    }

    private void flip() {
        stored = service.apply(summitId, stored.stream().map(ParticipationChange::reversed).toList());
    }
}
