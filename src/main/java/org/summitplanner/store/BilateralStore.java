package org.summitplanner.store;

import static org.summitplanner.store.jooq.Tables.AGENDA_ITEM;
import static org.summitplanner.store.jooq.Tables.BILATERAL_REQUEST;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.BilateralRequest;
import org.summitplanner.model.BilateralStatus;
import org.summitplanner.store.jooq.tables.records.BilateralRequestRecord;

/**
 * The bilateral requests of a summit, and accepting a proposal: the agenda items of the meetings and
 * the requests' new status written in one transaction. Updates and deletes check the row's version.
 */
public final class BilateralStore {

    private final DSLContext dsl;

    public BilateralStore(Database database) {
        this.dsl = database.dsl();
    }

    /** The summit's requests in the order they were made. */
    public List<BilateralRequest> requests(long summitId) {
        return dsl.selectFrom(BILATERAL_REQUEST).where(BILATERAL_REQUEST.SUMMIT_ID.eq(summitId))
                .orderBy(BILATERAL_REQUEST.ID).fetch(BilateralStore::request);
    }

    public Optional<BilateralRequest> current(long id) {
        return dsl.selectFrom(BILATERAL_REQUEST).where(BILATERAL_REQUEST.ID.eq(id)).fetchOptional(BilateralStore::request);
    }

    /** Adds a request; one with id 0 gets a new id, one with an id is put back under it (undo of a delete). */
    public BilateralRequest insert(long summitId, BilateralRequest r) {
        return dsl.transactionResult(tx -> {
            long id = insert(tx.dsl(), summitId, r, r.agendaItemId());
            return tx.dsl().selectFrom(BILATERAL_REQUEST).where(BILATERAL_REQUEST.ID.eq(id))
                    .fetchSingle(BilateralStore::request);
        });
    }

    /** @throws StaleDataException if the request changed or vanished since {@code r} was read */
    public BilateralRequest update(BilateralRequest r) {
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            int rows = db.update(BILATERAL_REQUEST)
                    .set(BILATERAL_REQUEST.NATION_CODE, r.nation())
                    .set(BILATERAL_REQUEST.WITH_NATION, r.withNation())
                    .set(BILATERAL_REQUEST.LENGTH_MINUTES, r.minutes())
                    .set(BILATERAL_REQUEST.PRIORITY, r.priority())
                    .set(BILATERAL_REQUEST.LANGUAGES, Rows.languagesToDb(r.languages()))
                    .set(BILATERAL_REQUEST.STATUS, r.status().name())
                    .set(BILATERAL_REQUEST.AGENDA_ITEM_ID, existingItem(db, r.agendaItemId()))
                    .set(BILATERAL_REQUEST.NOTES, r.notes())
                    .set(BILATERAL_REQUEST.VERSION, BILATERAL_REQUEST.VERSION.plus(1))
                    .where(BILATERAL_REQUEST.ID.eq(r.id()).and(BILATERAL_REQUEST.VERSION.eq(r.version())))
                    .execute();
            Versions.requireUpdated(db, rows, BILATERAL_REQUEST, BILATERAL_REQUEST.ID, r.id());
            return db.selectFrom(BILATERAL_REQUEST).where(BILATERAL_REQUEST.ID.eq(r.id()))
                    .fetchSingle(BilateralStore::request);
        });
    }

    /** @throws StaleDataException if the request changed or vanished since {@code r} was read */
    public void delete(BilateralRequest r) {
        dsl.transaction(tx -> {
            int rows = tx.dsl().deleteFrom(BILATERAL_REQUEST)
                    .where(BILATERAL_REQUEST.ID.eq(r.id()).and(BILATERAL_REQUEST.VERSION.eq(r.version()))).execute();
            Versions.requireUpdated(tx.dsl(), rows, BILATERAL_REQUEST, BILATERAL_REQUEST.ID, r.id());
        });
    }

    /** A request and the agenda item that places it. */
    public record Placement(BilateralRequest request, AgendaItem item) {
    }

    /**
     * Accepts placements in one transaction: each item is added to the agenda and its request marked
     * placed. All or nothing: a request that changed meanwhile fails the whole acceptance.
     *
     * @return the placements as stored (items and requests with their ids and versions)
     * @throws StaleDataException if a request changed or vanished since it was read
     */
    public List<Placement> accept(long summitId, List<Placement> placements) {
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            List<Placement> out = new ArrayList<>();
            for (Placement p : placements) {
                AgendaItem item = AgendaStore.insert(db, summitId, p.item());
                BilateralRequest r = p.request();
                int rows = db.update(BILATERAL_REQUEST)
                        .set(BILATERAL_REQUEST.STATUS, BilateralStatus.PLACED.name())
                        .set(BILATERAL_REQUEST.AGENDA_ITEM_ID, item.id())
                        .set(BILATERAL_REQUEST.VERSION, BILATERAL_REQUEST.VERSION.plus(1))
                        .where(BILATERAL_REQUEST.ID.eq(r.id()).and(BILATERAL_REQUEST.VERSION.eq(r.version())))
                        .execute();
                Versions.requireUpdated(db, rows, BILATERAL_REQUEST, BILATERAL_REQUEST.ID, r.id());
                out.add(new Placement(db.selectFrom(BILATERAL_REQUEST).where(BILATERAL_REQUEST.ID.eq(r.id()))
                        .fetchSingle(BilateralStore::request), item));
            }
            return out;
        });
    }

    /**
     * Undoes an acceptance in one transaction: deletes the items (refused when one changed since) and
     * puts the requests back as they were.
     *
     * @throws StaleDataException if an item or a request changed since the acceptance
     */
    public void unaccept(List<Placement> accepted, List<BilateralRequest> before) {
        dsl.transaction(tx -> {
            DSLContext db = tx.dsl();
            for (Placement p : accepted) {
                int rows = db.deleteFrom(AGENDA_ITEM).where(AGENDA_ITEM.ID.eq(p.item().id())
                        .and(AGENDA_ITEM.VERSION.eq(p.item().version()))).execute();
                Versions.requireUpdated(db, rows, AGENDA_ITEM, AGENDA_ITEM.ID, p.item().id());
            }
            Map<Long, Integer> versions = new java.util.HashMap<>();
            accepted.forEach(p -> versions.put(p.request().id(), p.request().version()));
            for (BilateralRequest r : before) {
                int rows = db.update(BILATERAL_REQUEST)
                        .set(BILATERAL_REQUEST.STATUS, r.status().name())
                        .set(BILATERAL_REQUEST.AGENDA_ITEM_ID, existingItem(db, r.agendaItemId()))
                        .set(BILATERAL_REQUEST.VERSION, BILATERAL_REQUEST.VERSION.plus(1))
                        .where(BILATERAL_REQUEST.ID.eq(r.id())
                                .and(BILATERAL_REQUEST.VERSION.eq(versions.getOrDefault(r.id(), r.version()))))
                        .execute();
                Versions.requireUpdated(db, rows, BILATERAL_REQUEST, BILATERAL_REQUEST.ID, r.id());
            }
        });
    }

    /** Inserts requests of a whole summit being stored (ids of placed items already mapped). */
    static void insertAll(DSLContext db, long summitId, List<BilateralRequest> requests, Map<Long, Long> itemIds) {
        for (BilateralRequest r : requests) {
            Long item = r.agendaItemId() == null ? null : itemIds.get(r.agendaItemId());
            insert(db, summitId, r.withId(0), item);
        }
    }

    private static long insert(DSLContext db, long summitId, BilateralRequest r, Long itemId) {
        Long item = existingItem(db, itemId);
        return db.insertInto(BILATERAL_REQUEST)
                .set(BILATERAL_REQUEST.SUMMIT_ID, summitId)
                .set(BILATERAL_REQUEST.NATION_CODE, r.nation())
                .set(BILATERAL_REQUEST.WITH_NATION, r.withNation())
                .set(BILATERAL_REQUEST.LENGTH_MINUTES, r.minutes())
                .set(BILATERAL_REQUEST.PRIORITY, r.priority())
                .set(BILATERAL_REQUEST.LANGUAGES, Rows.languagesToDb(r.languages()))
                .set(BILATERAL_REQUEST.STATUS, (item == null ? BilateralStatus.REQUESTED : r.status()).name())
                .set(BILATERAL_REQUEST.AGENDA_ITEM_ID, item)
                .set(BILATERAL_REQUEST.NOTES, r.notes())
                .set(BILATERAL_REQUEST.ID, r.id() != 0 ? DSL.val(r.id()) : DSL.defaultValue(BILATERAL_REQUEST.ID))
                .returningResult(BILATERAL_REQUEST.ID).fetchSingle().value1();
    }

    /** The item id when the item still exists (a restore never fails on an item deleted since), else null. */
    private static Long existingItem(DSLContext db, Long itemId) {
        return itemId != null && db.fetchExists(AGENDA_ITEM, AGENDA_ITEM.ID.eq(itemId)) ? itemId : null;
    }

    static BilateralRequest request(BilateralRequestRecord r) {
        return new BilateralRequest(r.getId(), r.getNationCode(), r.getWithNation(), r.getLengthMinutes(),
                r.getPriority(), Rows.languagesFromDb(r.getLanguages()), BilateralStatus.valueOf(r.getStatus()),
                r.getAgendaItemId(), r.getNotes(), r.getVersion());
    }
}
