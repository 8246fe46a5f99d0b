package org.summitplanner.ui.protocol;

import java.util.ArrayList;
import java.util.List;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.Precedence;
import org.summitplanner.service.PrecedenceService;
import org.summitplanner.ui.common.Edit;
import org.summitplanner.ui.common.EditConflictException;

/** The undoable edits of the Protocol screen: a change of the summit's order, and the places of a delegation's people. */
final class ProtocolEdits {

    private ProtocolEdits() {
    }

    /**
     * Swaps the stored order with the other one. An order of version 0 is the default (no row): going
     * back to it removes the stored row. Refused when the stored order is no longer the one this edit left.
     */
    static Edit order(String description, PrecedenceService service, long summitId, Precedence before,
                      Precedence after) {
        return new Edit() {
            private Precedence stored = after;
            private Precedence other = before;

            @Override
            public String description() {
                return description;
            }

            @Override
            public synchronized void undo() {
                swap();
            }

            @Override
            public synchronized void redo() {
                swap();
            }

            private void swap() {
                Precedence now = service.precedence(summitId);
                if (!now.equals(stored)) {
                    throw new EditConflictException();
                }
                Precedence written;
                if (other.version() == 0 && now.version() != 0) {
                    service.reset(summitId, now);
                    written = service.precedence(summitId);
                } else {
                    written = service.save(summitId, other.withVersion(now.version()));
                }
                other = stored;
                stored = written;
            }
        };
    }

    /** Swaps the places of a delegation's people, all in one transaction, refused when one of them changed meanwhile. */
    static Edit places(String description, PrecedenceService service, List<Attendee> before, List<Attendee> after,
                       java.util.function.LongFunction<Attendee> current) {
        return new Edit() {
            private List<Attendee> stored = after;
            private List<Attendee> other = before;

            @Override
            public String description() {
                return description;
            }

            @Override
            public synchronized void undo() {
                swap();
            }

            @Override
            public synchronized void redo() {
                swap();
            }

            private void swap() {
                List<Attendee> writes = new ArrayList<>();
                for (int i = 0; i < stored.size(); i++) {
                    Attendee now = current.apply(stored.get(i).id());
                    if (now == null || !now.equals(stored.get(i))) {
                        throw new EditConflictException();
                    }
                    writes.add(other.get(i).withVersion(now.version()));
                }
                List<Attendee> written = service.restoreMembers(writes);
                other = stored;
                stored = written;
            }
        };
    }
}
