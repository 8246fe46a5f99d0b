package org.summitplanner.ui.delegations;

import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.HeadMove;
import org.summitplanner.service.AttendeeService;
import org.summitplanner.service.AttendeeService.DeletedAttendee;
import org.summitplanner.ui.common.Edit;
import org.summitplanner.ui.common.LifecycleEdit;
import org.summitplanner.ui.common.Messages;

/**
 * The attendee writes the screen makes, each returning what it saved and the {@link Edit} that
 * undoes it. Every method blocks: call them off the FX thread.
 *
 * <p>Undo and redo write at the version this session last gave the row, not at the version the
 * edit itself left: after a later edit of the same person is undone, the row has moved on by two
 * versions, and only a change made elsewhere should make an undo fail.
 */
final class AttendeeEdits {

    /** What a write saved, the edit to record, and the former head when the mark moved. */
    record Done(Attendee saved, Edit edit, Attendee formerHead) {
    }

    private final AttendeeService service;
    private final ResourceBundle messages;
    private final Map<Long, Integer> versions = new ConcurrentHashMap<>();

    AttendeeEdits(AttendeeService service, ResourceBundle messages) {
        this.service = service;
        this.messages = messages;
    }

    Done add(long summitId, Attendee mine) {
        Attendee saved = seen(service.add(summitId, mine));
        return new Done(saved, LifecycleEdit.created(text("edit.add", saved.displayName()), saved,
                lifecycle(summitId)), null);
    }

    /**
     * Adds an attendee and moves the head mark to them. Two transactions (the insert, then the move,
     * which reads the new row): should the move fail, the person is kept without the mark.
     */
    Done addAsHead(long summitId, Attendee mine) {
        Attendee member = service.add(summitId, withHead(mine, false));
        HeadMove move = service.makeHead(withHead(member, true));
        seen(move.after());
        return new Done(move.head(), new NewHeadEdit(text("edit.addHead", move.head().displayName()), summitId, move),
                move.formerHead());
    }

    Done update(Attendee before, Attendee mine) {
        Attendee saved = seen(service.update(mine));
        return new Done(saved, new SwapEdit(text("edit.change", saved.displayName()), List.of(before),
                List.of(saved)), null);
    }

    /** Saves the form's fields and moves the head mark to this attendee, in one transaction. */
    Done moveHead(Attendee mine) {
        HeadMove move = service.makeHead(mine);
        seen(move.after());
        return new Done(move.head(), new SwapEdit(text("edit.makeHead", move.head().displayName()), move.before(),
                move.after()), move.formerHead());
    }

    /** Saves mine over whatever is stored now; a row deleted meanwhile comes back under its id. */
    Done overwrite(long summitId, Attendee mine, boolean moveHead) {
        return service.current(mine.id()).map(now -> {
            Attendee over = mine.withVersion(now.version());
            return moveHead ? moveHead(over) : update(now, over);
        }).orElseGet(() -> moveHead ? addAsHead(summitId, mine) : add(summitId, mine));
    }

    /** Deletes an attendee (at the version given) and returns the edit that puts them back. */
    Edit delete(long summitId, Attendee attendee) {
        DeletedAttendee deleted = service.delete(summitId, attendee);
        return LifecycleEdit.deleted(text("edit.delete", attendee.displayName()), deleted, lifecycle(summitId));
    }

    private LifecycleEdit.Operations<Attendee, DeletedAttendee> lifecycle(long summitId) {
        return new LifecycleEdit.Operations<>() {
            @Override
            public DeletedAttendee delete(Attendee row) {
                return service.delete(summitId, latest(row));
            }

            @Override
            public Attendee restore(DeletedAttendee deleted) {
                return seen(service.restore(deleted));
            }
        };
    }

    static Attendee withHead(Attendee a, boolean head) {
        return a.withHead(head);
    }

    private Attendee seen(Attendee a) {
        versions.put(a.id(), a.version());
        return a;
    }

    private List<Attendee> seen(List<Attendee> written) {
        written.forEach(this::seen);
        return written;
    }

    /** The attendee at the version this session last wrote, if it wrote one. */
    private Attendee latest(Attendee a) {
        Integer version = versions.get(a.id());
        return version == null ? a : a.withVersion(version);
    }

    private String text(String key, Object... args) {
        return Messages.format(messages, key, args);
    }

    /** Undo and redo of a change to one or more attendees (a head move changes two) in one transaction. */
    private final class SwapEdit implements Edit {

        private final String description;
        private List<Attendee> stored;
        private List<Attendee> other;

        SwapEdit(String description, List<Attendee> before, List<Attendee> after) {
            this.description = description;
            this.stored = after;
            this.other = before;
        }

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
            Map<Long, Integer> now = stored.stream().collect(Collectors.toMap(Attendee::id, a -> latest(a).version()));
            List<Attendee> written = seen(service.updateAll(other.stream()
                    .map(a -> a.withVersion(now.get(a.id()))).toList()));
            other = stored;
            stored = written;
        }
    }

    /**
     * Undo and redo of adding someone as head: undo removes them and gives the mark back to the
     * former head; redo puts them back (under their id) and moves the mark to them again.
     */
    private final class NewHeadEdit implements Edit {

        private final String description;
        private final long summitId;
        private HeadMove move;
        private DeletedAttendee deleted;

        NewHeadEdit(String description, long summitId, HeadMove move) {
            this.description = description;
            this.summitId = summitId;
            this.move = move;
        }

        @Override
        public String description() {
            return description;
        }

        @Override
        public synchronized void undo() {
            deleted = service.delete(summitId, latest(move.head()));
            Attendee former = move.formerHead();
            if (former != null) {
                Map<Long, Attendee> before = move.before().stream()
                        .collect(Collectors.toMap(Attendee::id, Function.identity()));
                seen(service.updateAll(List.of(before.get(former.id()).withVersion(latest(former).version()))));
            }
        }

        @Override
        public synchronized void redo() {
            Attendee back = service.restore(deleted);
            move = service.makeHead(withHead(back, true));
            seen(move.after());
            deleted = null;
        }
    }
}
