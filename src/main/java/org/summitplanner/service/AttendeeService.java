package org.summitplanner.service;

import java.util.List;
import java.util.Optional;
import org.summitplanner.model.AgendaItemRef;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.AttendeeTraces;
import org.summitplanner.model.DelegationSummary;
import org.summitplanner.model.HeadMove;
import org.summitplanner.store.AttendeeStore;
import org.summitplanner.errors.StaleDataException;

/**
 * What the delegations screen does: list delegations and attendees, add, change, delete and undo,
 * and move the head-of-delegation mark. Blocking: callers run it off the FX thread.
 */
public final class AttendeeService {

    private final AttendeeStore store;

    public AttendeeService(AttendeeStore store) {
        this.store = store;
    }

    /**
     * What a deletion removed, enough to put it back: the person, the agenda items that named them, their
     * own badge category and zone and their seats in seating plans.
     */
    public record DeletedAttendee(long summitId, Attendee attendee, List<Long> agendaItemIds, AttendeeTraces traces) {
        public DeletedAttendee {
            agendaItemIds = List.copyOf(agendaItemIds);
            traces = traces == null ? AttendeeTraces.NONE : traces;
        }
    }

    /** A summit's delegations and attendees, read together so that they agree. */
    public record Roster(List<DelegationSummary> delegations, List<Attendee> attendees) {
        public Roster {
            delegations = List.copyOf(delegations);
            attendees = List.copyOf(attendees);
        }
    }

    public Roster roster(long summitId) {
        return new Roster(store.delegations(summitId), store.attendees(summitId));
    }

    public List<Attendee> attendees(long summitId) {
        return store.attendees(summitId);
    }

    public List<DelegationSummary> delegations(long summitId) {
        return store.delegations(summitId);
    }

    /** The agenda items that name the attendee. */
    public List<AgendaItemRef> references(long attendeeId) {
        return store.references(attendeeId);
    }

    public Attendee add(long summitId, Attendee attendee) {
        return store.insert(summitId, attendee);
    }

    /** @throws StaleDataException if someone else changed or deleted the attendee since it was read */
    public Attendee update(Attendee attendee) {
        return store.update(attendee);
    }

    /** Writes several attendees in one transaction, marks taken before given (undo and redo of a head move). */
    public List<Attendee> updateAll(List<Attendee> attendees) {
        return store.updateAll(attendees);
    }

    /** Saves the attendee as given and makes it head of its delegation, taking the mark from the former head. */
    public HeadMove makeHead(Attendee attendee) {
        return store.makeHead(attendee);
    }

    /** Saves {@code attendee} over whatever is stored now (the user chose to overwrite a change made elsewhere). */
    public Attendee overwrite(long summitId, Attendee attendee) {
        return store.overwrite(summitId, attendee);
    }

    /** The attendee as stored now; empty if it was deleted. */
    public Optional<Attendee> current(long attendeeId) {
        return store.current(attendeeId);
    }

    public Attendee reload(Attendee attendee) {
        return store.current(attendee.id()).orElseThrow(() -> new StaleDataException("attendee", attendee.id(), true));
    }

    public DeletedAttendee delete(long summitId, Attendee attendee) {
        AttendeeStore.Removed removed = store.delete(attendee);
        return new DeletedAttendee(summitId, attendee, removed.agendaItemIds(), removed.traces());
    }

    /** Puts a deleted attendee back under its id, on the agenda items that named it, with their badge and seats. */
    public Attendee restore(DeletedAttendee deleted) {
        return store.restore(deleted.summitId(), deleted.attendee(), deleted.agendaItemIds(), deleted.traces());
    }
}
