package org.summitplanner.service;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.Participation;
import org.summitplanner.model.Room;
import org.summitplanner.model.SummitContent;
import org.summitplanner.schedule.Finding;
import org.summitplanner.schedule.IncrementalChecks;
import org.summitplanner.errors.DatabaseException;
import org.summitplanner.store.SummitChanges;
import org.summitplanner.store.SummitStore;

/**
 * The open summit kept in memory with its findings, so that an edit costs a re-check of what it touched
 * instead of reading and checking the whole summit again (at UN scale: a few milliseconds instead of a
 * few hundred).
 *
 * <p>{@link #current} brings the memory up to date first: it compares the version of every row of the
 * summit with the version it holds and reads again only the rows that were added, changed or deleted,
 * whoever changed them (this window, an undo, an import, another client of a shared database). So there
 * is nothing to call after a save. Someone who knows exactly what changed elsewhere (a notification from
 * another client) may call {@link #reload} with the ids instead; the next {@link #current} would have found
 * them anyway.
 *
 * <p>One summit is held at a time (the one the window shows); asking for another reads that one whole.
 * Thread-safe: the methods are synchronized, and what they return is a copy.
 */
public final class SummitMemory {

    /** Above this many changed rows, reading the summit whole is as quick and simpler. */
    private static final int REREAD_WHOLE = 2_000;

    private final SummitStore store;
    private final SummitChanges changes;
    private long summitId = -1;
    private IncrementalChecks held;
    private SummitChanges.Stamps stamps;

    public SummitMemory(SummitStore store, SummitChanges changes) {
        this.store = store;
        this.changes = changes;
    }

    /** The summit as stored now and its findings, made from one state of the memory. */
    public record Snapshot(SummitContent content, List<Finding> findings) {
    }

    /**
     * The summit as it is stored now, and its findings.
     *
     * @throws DatabaseException when there is no such summit
     */
    public synchronized Snapshot current(long id) {
        SummitContent content = content(id);
        return new Snapshot(content, held.findings());
    }

    /** The summit read whole from the store, neither kept nor changing what is kept (one-off readers: commands). */
    public SummitContent readOnce(long id) {
        return store.read(id);
    }

    /** The summit as it is stored now (brought up to date as {@link #current} does), without its findings. */
    public synchronized SummitContent content(long id) {
        SummitChanges.Stamps now = changes.stamps(id);
        if (now == null) {
            forget();
            throw new DatabaseException("No summit with id " + id);
        }
        if (id != summitId || held == null || now.summit() != stamps.summit()) {
            readWhole(id, now);
        } else {
            catchUp(now);
        }
        return held.content();
    }

    /**
     * Reads again the rows named (changed or deleted elsewhere) if that summit is the one held; ids of
     * rows that no longer exist are dropped. Cheaper than the scan of {@link #current} when the caller
     * knows what changed.
     */
    public synchronized void reload(long id, Collection<Long> itemIds, Collection<Long> attendeeIds,
                                    Collection<Long> roomIds, Collection<Long> participationIds) {
        if (id != summitId || held == null) {
            return;
        }
        apply(Set.copyOf(itemIds), Set.copyOf(attendeeIds), Set.copyOf(roomIds), Set.copyOf(participationIds));
    }

    /** Drops what is held (the database is being closed or replaced). */
    public synchronized void forget() {
        summitId = -1;
        held = null;
        stamps = null;
    }

    /** @param before the versions, read before the summit: a change made meanwhile is found again next time */
    private void readWhole(long id, SummitChanges.Stamps before) {
        SummitContent content = store.read(id);
        held = IncrementalChecks.of(content);
        summitId = id;
        stamps = before;
    }

    private void catchUp(SummitChanges.Stamps now) {
        Set<Long> items = differing(stamps.items(), now.items());
        Set<Long> attendees = differing(stamps.attendees(), now.attendees());
        Set<Long> rooms = differing(stamps.rooms(), now.rooms());
        Set<Long> participations = differing(stamps.participations(), now.participations());
        if (items.size() + attendees.size() + rooms.size() + participations.size() > REREAD_WHOLE) {
            readWhole(summitId, now);
            return;
        }
        if (!items.isEmpty() || !attendees.isEmpty() || !rooms.isEmpty() || !participations.isEmpty()) {
            apply(items, attendees, rooms, participations);
        }
        stamps = now;
    }

    /** Ids whose version differs, including rows added (only in {@code now}) and deleted (only in {@code before}). */
    private static Set<Long> differing(Map<Long, Integer> before, Map<Long, Integer> now) {
        Set<Long> out = new HashSet<>();
        now.forEach((id, version) -> {
            if (!version.equals(before.get(id))) {
                out.add(id);
            }
        });
        before.keySet().forEach(id -> {
            if (!now.containsKey(id)) {
                out.add(id);
            }
        });
        return out;
    }

    private void apply(Set<Long> itemIds, Set<Long> attendeeIds, Set<Long> roomIds, Set<Long> participationIds) {
        Set<Long> items = new HashSet<>(itemIds);
        // what the database's cascades changed without moving the items' versions: a deleted attendee leaves
        // the items naming them, a deleted room leaves its items without a room, an attendee put back (undo)
        // may be named again
        Set<Long> newcomers = new HashSet<>();
        for (long id : attendeeIds) {
            items.addAll(held.itemsNaming(id));
            if (held.attendee(id) == null) {
                newcomers.add(id);
            }
        }
        roomIds.forEach(id -> items.addAll(held.itemsIn(id)));
        items.addAll(changes.itemsNaming(summitId, newcomers));

        SummitChanges.Current rows = changes.rows(summitId, items, attendeeIds, roomIds, participationIds);
        Map<Long, Participation> participations = byId(rows.participations(), Participation::id);
        Map<Long, Room> rooms = byId(rows.rooms(), Room::id);
        Map<Long, Attendee> attendees = byId(rows.attendees(), Attendee::id);
        Map<Long, AgendaItem> agenda = byId(rows.items(), AgendaItem::id);
        for (long id : participationIds) {
            Participation p = participations.get(id);
            if (p == null) {
                held.removeParticipation(id);
            } else {
                held.putParticipation(p);
            }
        }
        for (long id : roomIds) {
            Room r = rooms.get(id);
            if (r == null) {
                held.removeRoom(id);
            } else {
                held.putRoom(r);
            }
        }
        for (long id : attendeeIds) {
            Attendee a = attendees.get(id);
            if (a == null) {
                held.removeAttendee(id);
            } else {
                held.putAttendee(a);
            }
        }
        for (long id : items) {
            AgendaItem i = agenda.get(id);
            if (i == null) {
                held.removeItem(id);
            } else {
                held.putItem(i);
            }
        }
    }

    private static <T> Map<Long, T> byId(List<T> rows, java.util.function.ToLongFunction<T> id) {
        Map<Long, T> out = new HashMap<>();
        rows.forEach(r -> out.put(id.applyAsLong(r), r));
        return out;
    }
}
