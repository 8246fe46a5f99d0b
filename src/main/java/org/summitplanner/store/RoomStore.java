package org.summitplanner.store;

import org.summitplanner.errors.StaleDataException;
import org.summitplanner.errors.DuplicateKeyException;
import static org.summitplanner.store.jooq.Tables.AGENDA_ITEM;
import static org.summitplanner.store.jooq.Tables.ROOM;

import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;
import org.summitplanner.model.AgendaItemRef;
import org.summitplanner.model.Room;

/** The rooms of a summit. Writes are transactions; updates and deletes check the row's version. */
public final class RoomStore {

    private final DSLContext dsl;

    public RoomStore(Database database) {
        this.dsl = database.dsl();
    }

    /** The summit's rooms by building, then name. */
    public List<Room> rooms(long summitId) {
        return dsl.selectFrom(ROOM).where(ROOM.SUMMIT_ID.eq(summitId))
                .orderBy(ROOM.BUILDING.asc().nullsLast(), ROOM.NAME, ROOM.ID)
                .fetch(Rows::room);
    }

    /** How many agenda items each room of the summit holds (rooms with none are absent). */
    public Map<Long, Integer> bookingCounts(long summitId) {
        return dsl.select(AGENDA_ITEM.ROOM_ID, DSL.count()).from(AGENDA_ITEM)
                .where(AGENDA_ITEM.SUMMIT_ID.eq(summitId).and(AGENDA_ITEM.ROOM_ID.isNotNull()))
                .groupBy(AGENDA_ITEM.ROOM_ID)
                .fetchMap(r -> r.value1(), r -> r.value2());
    }

    /** The agenda items booked in a room, by start. */
    public List<AgendaItemRef> bookings(long roomId) {
        return dsl.select(Rows.ITEM_REF)
                .from(AGENDA_ITEM).where(AGENDA_ITEM.ROOM_ID.eq(roomId))
                .orderBy(AGENDA_ITEM.START_AT, AGENDA_ITEM.ID)
                .fetch(Rows::itemRef);
    }

    /**
     * Adds a room. A room with id 0 gets a new id; a room with an id is put back under that id
     * (undoing its deletion).
     *
     * @throws DuplicateKeyException when the key is already used by another room of the summit
     */
    public Room insert(long summitId, Room room) {
        return dsl.transactionResult(tx -> insert(tx.dsl(), summitId, room));
    }

    private static Room insert(DSLContext db, long summitId, Room room) {
        var insert = db.insertInto(ROOM).set(ROOM.SUMMIT_ID, summitId).set(ROOM.EXT_KEY, room.key())
                .set(ROOM.NAME, room.name()).set(ROOM.BUILDING, room.building()).set(ROOM.CAPACITY, room.capacity())
                .set(ROOM.NAME_FR, room.nameFr()).set(ROOM.BILATERALS, room.bilaterals()).set(ROOM.BUILDING_FR, room.buildingFr())
                .set(ROOM.ID, room.id() != 0 ? DSL.val(room.id()) : DSL.defaultValue(ROOM.ID));
        long id = duplicateKeyChecked(() -> insert.returningResult(ROOM.ID).fetchSingle().value1(), room.key());
        return db.selectFrom(ROOM).where(ROOM.ID.eq(id)).fetchSingle(Rows::room);
    }

    /**
     * Puts a deleted room back under its id and books the given agenda items into it again, in one
     * transaction: an undo is all or nothing. Items deleted meanwhile are skipped.
     *
     * @throws DuplicateKeyException when the key was taken by another room meanwhile
     */
    public Room restore(long summitId, Room room, List<Long> itemIds) {
        return dsl.transactionResult(tx -> {
            Room back = insert(tx.dsl(), summitId, room);
            if (!itemIds.isEmpty()) {
                assign(tx.dsl(), itemIds, back.id());
            }
            return back;
        });
    }

    /**
     * Saves {@code room} over whatever is stored now, or puts it back if it was deleted, in one
     * transaction (the row is locked between reading its version and writing).
     */
    public Room overwrite(long summitId, Room room) {
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            var now = db.select(ROOM.VERSION).from(ROOM).where(ROOM.ID.eq(room.id())).forUpdate().fetchOptional();
            return now.isPresent() ? update(db, room.withVersion(now.get().value1())) : insert(db, summitId, room);
        });
    }

    /**
     * Changes a room.
     *
     * @throws StaleDataException if the room changed or vanished since {@code room} was read
     * @throws DuplicateKeyException when the new key is already used by another room
     */
    public Room update(Room room) {
        return dsl.transactionResult(tx -> update(tx.dsl(), room));
    }

    private static Room update(DSLContext db, Room room) {
        int rows = duplicateKeyChecked(() -> db.update(ROOM)
                .set(ROOM.EXT_KEY, room.key())
                .set(ROOM.NAME, room.name())
                .set(ROOM.BUILDING, room.building())
                .set(ROOM.CAPACITY, room.capacity())
                .set(ROOM.NAME_FR, room.nameFr())
                .set(ROOM.BILATERALS, room.bilaterals())
                .set(ROOM.BUILDING_FR, room.buildingFr())
                .set(ROOM.VERSION, ROOM.VERSION.plus(1))
                .where(ROOM.ID.eq(room.id()).and(ROOM.VERSION.eq(room.version())))
                .execute(), room.key());
        Versions.requireUpdated(db, rows, ROOM, ROOM.ID, room.id());
        return db.selectFrom(ROOM).where(ROOM.ID.eq(room.id())).fetchSingle(Rows::room);
    }

    /** The version the room has now, to overwrite a change made elsewhere; empty if it was deleted. */
    public java.util.Optional<Room> current(long roomId) {
        return dsl.selectFrom(ROOM).where(ROOM.ID.eq(roomId)).fetchOptional(Rows::room);
    }

    /**
     * Deletes a room; the agenda items booked in it lose their room (and say so on screen).
     *
     * @return the ids of the agenda items that were booked in it, to put them back on undo
     * @throws StaleDataException if the room changed or vanished since {@code room} was read
     */
    public List<Long> delete(Room room) {
        return dsl.transactionResult(tx -> {
            List<Long> items = tx.dsl().select(AGENDA_ITEM.ID).from(AGENDA_ITEM)
                    .where(AGENDA_ITEM.ROOM_ID.eq(room.id())).orderBy(AGENDA_ITEM.ID).fetch(r -> r.value1());
            int rows = tx.dsl().deleteFrom(ROOM).where(ROOM.ID.eq(room.id()).and(ROOM.VERSION.eq(room.version())))
                    .execute();
            Versions.requireUpdated(tx.dsl(), rows, ROOM, ROOM.ID, room.id());
            return items;
        });
    }

    /** Books agenda items into a room again (undo of a delete). Items deleted meanwhile are skipped. */
    public void assign(List<Long> itemIds, long roomId) {
        dsl.transaction(tx -> assign(tx.dsl(), itemIds, roomId));
    }

    private static void assign(DSLContext db, List<Long> itemIds, long roomId) {
        db.update(AGENDA_ITEM).set(AGENDA_ITEM.ROOM_ID, roomId)
                .set(AGENDA_ITEM.VERSION, AGENDA_ITEM.VERSION.plus(1))
                .where(AGENDA_ITEM.ID.in(itemIds)).execute();
    }

    private static <T> T duplicateKeyChecked(java.util.function.Supplier<T> write, String key) {
        try {
            return write.get();
        } catch (IntegrityConstraintViolationException e) {
            if (Versions.violates(e, "room_key_uq")) {
                throw new DuplicateKeyException("key", key, e);
            }
            throw e;
        }
    }
}
