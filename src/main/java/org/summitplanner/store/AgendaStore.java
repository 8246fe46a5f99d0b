package org.summitplanner.store;

import org.summitplanner.errors.StaleDataException;
import org.summitplanner.errors.DuplicateKeyException;
import static org.summitplanner.store.jooq.Tables.AGENDA_ATTENDEE;
import static org.summitplanner.store.jooq.Tables.AGENDA_ITEM;
import static org.summitplanner.store.jooq.Tables.AGENDA_NATION;
import static org.summitplanner.store.jooq.Tables.ATTENDEE;
import static org.summitplanner.store.jooq.Tables.PARTICIPATION;
import static org.summitplanner.store.jooq.Tables.ROOM;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.SeatingPlan;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.Participation;

/**
 * The agenda items of a summit with who takes part in them (named attendees and whole
 * delegations). Writes are transactions; updates and deletes check the item's version.
 */
public final class AgendaStore {

    private final DSLContext dsl;

    public AgendaStore(Database database) {
        this.dsl = database.dsl();
    }

    /** The summit's agenda items by start, then id. */
    public List<AgendaItem> items(long summitId) {
        return dsl.transactionResult(tx -> read(tx.dsl(), AGENDA_ITEM.SUMMIT_ID.eq(summitId)));
    }

    /** The item as stored now, to reload or overwrite a change made elsewhere; empty if it was deleted. */
    public Optional<AgendaItem> current(long itemId) {
        return dsl.transactionResult(tx -> read(tx.dsl(), AGENDA_ITEM.ID.eq(itemId)).stream().findFirst());
    }

    /** The summit's attendees by nation, then family and given name: the named participants one can pick. */
    public List<Attendee> attendees(long summitId) {
        return dsl.selectFrom(ATTENDEE).where(ATTENDEE.SUMMIT_ID.eq(summitId))
                .orderBy(ATTENDEE.NATION_CODE, ATTENDEE.FAMILY_NAME, ATTENDEE.GIVEN_NAME, ATTENDEE.ID)
                .fetch(Rows::attendee);
    }

    /** The nations with a participation in the summit (whatever its status), by code. */
    public List<Participation> participations(long summitId) {
        return dsl.selectFrom(PARTICIPATION).where(PARTICIPATION.SUMMIT_ID.eq(summitId))
                .orderBy(PARTICIPATION.NATION_CODE).fetch(Rows::participation);
    }

    /**
     * Adds an item with its participants. An item with id 0 gets a new id; an item with an id is put
     * back under that id (undoing its deletion). Participants and a room that were deleted meanwhile
     * are left out rather than failing the restore.
     *
     * @throws DuplicateKeyException when the key is already used by another item of the summit
     */
    public AgendaItem insert(long summitId, AgendaItem item) {
        return insert(summitId, item, null);
    }

    /** As {@link #insert(long, AgendaItem)}, and puts the item's seating plan back as it was (null: none). */
    public AgendaItem insert(long summitId, AgendaItem item, SeatingPlan plan) {
        return dsl.transactionResult(tx -> {
            AgendaItem saved = insert(tx.dsl(), summitId, item);
            if (plan != null && plan.agendaItemId() == saved.id()) {
                SeatingStore.putBack(tx.dsl(), summitId, plan);
            }
            return saved;
        });
    }

    /** {@link #insert(long, AgendaItem)} inside a transaction the caller holds (accepting bilaterals). */
    static AgendaItem insert(DSLContext db, long summitId, AgendaItem item) {
        Long roomId = item.roomId() != null && db.fetchExists(ROOM, ROOM.ID.eq(item.roomId())
                .and(ROOM.SUMMIT_ID.eq(summitId))) ? item.roomId() : null;
        var insert = db.insertInto(AGENDA_ITEM)
                .set(AGENDA_ITEM.SUMMIT_ID, summitId)
                .set(AGENDA_ITEM.EXT_KEY, item.key())
                .set(AGENDA_ITEM.TITLE, item.title())
                .set(AGENDA_ITEM.KIND, item.kind().name())
                .set(AGENDA_ITEM.START_AT, Rows.toDb(item.time().start()))
                .set(AGENDA_ITEM.END_AT, Rows.toDb(item.time().end()))
                .set(AGENDA_ITEM.ROOM_ID, roomId)
                .set(AGENDA_ITEM.CLOSED_DOOR, item.closed())
                .set(AGENDA_ITEM.DESCRIPTION, item.description())
                .set(AGENDA_ITEM.TITLE_FR, item.titleFr())
                .set(AGENDA_ITEM.DESCRIPTION_FR, item.descriptionFr())
                .set(AGENDA_ITEM.ID, item.id() != 0 ? DSL.val(item.id()) : DSL.defaultValue(AGENDA_ITEM.ID));
        long id = duplicateKeyChecked(() -> insert.returningResult(AGENDA_ITEM.ID).fetchSingle().value1(),
                item.key());
        writeParticipants(db, summitId, id, item);
        return read(db, AGENDA_ITEM.ID.eq(id)).get(0);
    }

    /**
     * Changes an item and replaces its participants, in one transaction.
     *
     * @throws StaleDataException if the item changed or vanished since {@code item} was read
     * @throws DuplicateKeyException when the new key is already used by another item
     */
    public AgendaItem update(AgendaItem item) {
        return dsl.transactionResult(tx -> update(tx.dsl(), item));
    }

    private static AgendaItem update(DSLContext db, AgendaItem item) {
        int rows = duplicateKeyChecked(() -> db.update(AGENDA_ITEM)
                .set(AGENDA_ITEM.EXT_KEY, item.key())
                .set(AGENDA_ITEM.TITLE, item.title())
                .set(AGENDA_ITEM.KIND, item.kind().name())
                .set(AGENDA_ITEM.START_AT, Rows.toDb(item.time().start()))
                .set(AGENDA_ITEM.END_AT, Rows.toDb(item.time().end()))
                .set(AGENDA_ITEM.ROOM_ID, item.roomId())
                .set(AGENDA_ITEM.CLOSED_DOOR, item.closed())
                .set(AGENDA_ITEM.DESCRIPTION, item.description())
                .set(AGENDA_ITEM.TITLE_FR, item.titleFr())
                .set(AGENDA_ITEM.DESCRIPTION_FR, item.descriptionFr())
                .set(AGENDA_ITEM.VERSION, AGENDA_ITEM.VERSION.plus(1))
                .where(AGENDA_ITEM.ID.eq(item.id()).and(AGENDA_ITEM.VERSION.eq(item.version())))
                .execute(), item.key());
        Versions.requireUpdated(db, rows, AGENDA_ITEM, AGENDA_ITEM.ID, item.id());
        long summitId = db.select(AGENDA_ITEM.SUMMIT_ID).from(AGENDA_ITEM).where(AGENDA_ITEM.ID.eq(item.id()))
                .fetchSingle().value1();
        db.deleteFrom(AGENDA_ATTENDEE).where(AGENDA_ATTENDEE.AGENDA_ITEM_ID.eq(item.id())).execute();
        db.deleteFrom(AGENDA_NATION).where(AGENDA_NATION.AGENDA_ITEM_ID.eq(item.id())).execute();
        writeParticipants(db, summitId, item.id(), item);
        return read(db, AGENDA_ITEM.ID.eq(item.id())).get(0);
    }

    /**
     * Saves {@code item} over whatever is stored now, or puts it back if it was deleted, in one
     * transaction (the row is locked between reading its version and writing).
     */
    public AgendaItem overwrite(long summitId, AgendaItem item) {
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            var now = db.select(AGENDA_ITEM.VERSION).from(AGENDA_ITEM).where(AGENDA_ITEM.ID.eq(item.id())).forUpdate()
                    .fetchOptional();
            return now.isPresent() ? update(db, item.withVersion(now.get().value1())) : insert(db, summitId, item);
        });
    }

    /**
     * Deletes an item (its participant rows go with it). Its seating plan goes with it too.
     *
     * @return the item as it was stored, with its participants, to put it back on undo
     * @throws StaleDataException if the item changed or vanished since {@code item} was read
     */
    public AgendaItem delete(AgendaItem item) {
        return deleteKeeping(item).item();
    }

    /** What deleting an item removed: the item with its participants, and its seating plan (null: none). */
    public record Removed(AgendaItem item, SeatingPlan plan) {
    }

    /**
     * As {@link #delete(AgendaItem)}, keeping the item's seating plan (which goes with it) to put it back.
     *
     * @throws StaleDataException if the item changed or vanished since {@code item} was read
     */
    public Removed deleteKeeping(AgendaItem item) {
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            List<AgendaItem> stored = read(db, AGENDA_ITEM.ID.eq(item.id()).and(AGENDA_ITEM.VERSION.eq(item.version())));
            SeatingPlan plan = SeatingStore.read(db, item.id()).orElse(null);
            int rows = db.deleteFrom(AGENDA_ITEM)
                    .where(AGENDA_ITEM.ID.eq(item.id()).and(AGENDA_ITEM.VERSION.eq(item.version())))
                    .execute();
            Versions.requireUpdated(db, rows, AGENDA_ITEM, AGENDA_ITEM.ID, item.id());
            return new Removed(stored.get(0), plan);
        });
    }

    /**
     * Writes the participant rows of an item. Attendees must belong to the summit; ones that do not
     * (any more) are skipped, so that putting back a deleted item never fails on a person deleted since.
     */
    private static void writeParticipants(DSLContext db, long summitId, long itemId, AgendaItem item) {
        if (!item.attendeeIds().isEmpty()) {
            List<Long> present = db.select(ATTENDEE.ID).from(ATTENDEE)
                    .where(ATTENDEE.SUMMIT_ID.eq(summitId).and(ATTENDEE.ID.in(item.attendeeIds())))
                    .fetch(r -> r.value1());
            var named = db.batch(db.insertInto(AGENDA_ATTENDEE, AGENDA_ATTENDEE.AGENDA_ITEM_ID,
                    AGENDA_ATTENDEE.ATTENDEE_ID).values((Long) null, null));
            item.attendeeIds().stream().distinct().filter(present::contains).forEach(a -> named.bind(itemId, a));
            if (named.size() > 0) {
                named.execute();
            }
        }
        if (!item.nations().isEmpty()) {
            var delegations = db.batch(db.insertInto(AGENDA_NATION, AGENDA_NATION.AGENDA_ITEM_ID,
                    AGENDA_NATION.NATION_CODE).values((Long) null, null));
            item.nations().stream().distinct().forEach(n -> delegations.bind(itemId, n));
            delegations.execute();
        }
    }

    /** Items matching {@code which}, with their participants, by start then id. */
    private static List<AgendaItem> read(DSLContext db, Condition which) {
        Map<Long, List<Long>> named = new HashMap<>();
        db.select(AGENDA_ATTENDEE.AGENDA_ITEM_ID, AGENDA_ATTENDEE.ATTENDEE_ID).from(AGENDA_ATTENDEE)
                .join(AGENDA_ITEM).on(AGENDA_ATTENDEE.AGENDA_ITEM_ID.eq(AGENDA_ITEM.ID))
                .where(which)
                .orderBy(AGENDA_ATTENDEE.AGENDA_ITEM_ID, AGENDA_ATTENDEE.ATTENDEE_ID)
                .forEach(r -> named.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        Map<Long, List<String>> delegations = new HashMap<>();
        db.select(AGENDA_NATION.AGENDA_ITEM_ID, AGENDA_NATION.NATION_CODE).from(AGENDA_NATION)
                .join(AGENDA_ITEM).on(AGENDA_NATION.AGENDA_ITEM_ID.eq(AGENDA_ITEM.ID))
                .where(which)
                .orderBy(AGENDA_NATION.AGENDA_ITEM_ID, AGENDA_NATION.NATION_CODE)
                .forEach(r -> delegations.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return db.selectFrom(AGENDA_ITEM).where(which).orderBy(AGENDA_ITEM.START_AT, AGENDA_ITEM.ID)
                .fetch(r -> Rows.agendaItem(r, named.getOrDefault(r.getId(), List.of()),
                        delegations.getOrDefault(r.getId(), List.of())));
    }

    private static <T> T duplicateKeyChecked(Supplier<T> write, String key) {
        try {
            return write.get();
        } catch (IntegrityConstraintViolationException e) {
            if (Versions.violates(e, "agenda_item_key_uq")) {
                throw new DuplicateKeyException("key", key, e);
            }
            throw e;
        }
    }
}
