package org.summitplanner.ui.importer;

import java.util.List;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.AttendeeTraces;
import org.summitplanner.service.ImportService;
import org.summitplanner.errors.StaleDataException;
import org.summitplanner.ui.common.Edit;
import org.summitplanner.ui.common.EditConflictException;

/**
 * An import as one undoable action: undo removes the attendees it added and puts back the ones it
 * updated; redo does it again. Either is refused, whole, when someone changed those rows since
 * (or put an added person on the agenda), like the other edits.
 */
final class ImportEdit implements Edit {

    private final String description;
    private final ImportService service;
    private final long summitId;
    private final ImportService.Result result;
    /** The updated attendees as stored now, to check that nobody changed them in between. */
    private List<Attendee> updatedNow;
    /** The own badges and seats the added attendees had when the import was undone, for the redo. */
    private AttendeeTraces traces = AttendeeTraces.NONE;

    ImportEdit(String description, ImportService service, long summitId, ImportService.Result result) {
        this.description = description;
        this.service = service;
        this.summitId = summitId;
        this.result = result;
        this.updatedNow = result.updatedAfter();
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public synchronized void undo() {
        try {
            ImportService.Undone undone = service.undoKeeping(summitId, result, updatedNow);
            updatedNow = undone.updatedNow();
            traces = undone.traces();
        } catch (StaleDataException e) {
            throw new EditConflictException();
        }
    }

    @Override
    public synchronized void redo() {
        try {
            updatedNow = service.redo(summitId, result, updatedNow, traces);
        } catch (StaleDataException e) {
            throw new EditConflictException();
        }
    }
}
