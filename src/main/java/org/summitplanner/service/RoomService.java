package org.summitplanner.service;

import java.util.List;
import java.util.Map;
import org.summitplanner.model.AgendaItemRef;
import org.summitplanner.model.Room;
import org.summitplanner.store.RoomStore;
import org.summitplanner.errors.StaleDataException;

/** What the rooms screen does: list rooms with their bookings, add, change, delete and undo. */
public final class RoomService {

    private final RoomStore store;

    public RoomService(RoomStore store) {
        this.store = store;
    }

    /** A room and how many agenda items are booked in it. */
    public record RoomRow(Room room, int bookings) {
    }

    /** What a deletion removed, enough to put it back. */
    public record DeletedRoom(long summitId, Room room, List<Long> bookedItemIds) {
    }

    public List<RoomRow> rooms(long summitId) {
        Map<Long, Integer> counts = store.bookingCounts(summitId);
        return store.rooms(summitId).stream().map(r -> new RoomRow(r, counts.getOrDefault(r.id(), 0))).toList();
    }

    public List<AgendaItemRef> bookings(long roomId) {
        return store.bookings(roomId);
    }

    public Room add(long summitId, Room room) {
        return store.insert(summitId, room);
    }

    /** @throws StaleDataException if someone else changed or deleted the room since it was read */
    public Room update(Room room) {
        return store.update(room);
    }

    /** Saves {@code room} over whatever is stored now (the user chose to overwrite a change made elsewhere). */
    public Room overwrite(long summitId, Room room) {
        return store.overwrite(summitId, room);
    }

    public Room reload(Room room) {
        return store.current(room.id()).orElseThrow(() -> new StaleDataException("room", room.id(), true));
    }

    public DeletedRoom delete(long summitId, Room room) {
        List<Long> items = store.delete(room);
        return new DeletedRoom(summitId, room, items);
    }

    /** Puts a deleted room back under its id and books its agenda items into it again. */
    public Room restore(DeletedRoom deleted) {
        // one transaction: the room never comes back without its bookings (an undo is all or nothing)
        return store.restore(deleted.summitId(), deleted.room(), deleted.bookedItemIds());
    }
}
