package org.summitplanner.store;

import static org.summitplanner.store.jooq.Tables.PRECEDENCE;
import static org.summitplanner.store.jooq.Tables.PRECEDENCE_PLACE;
import static org.summitplanner.store.jooq.Tables.SUMMIT;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.summitplanner.errors.StaleDataException;
import org.summitplanner.model.DelegationRule;
import org.summitplanner.model.MemberRule;
import org.summitplanner.model.Precedence;

/**
 * Each summit's order of precedence: its rule row and the delegations placed by hand. A summit
 * without a row follows the default (the service supplies it). Writes are transactions and check the
 * row's version; the first save of a summit's order expects no row (version 0).
 */
public final class PrecedenceStore {

    private final DSLContext dsl;

    public PrecedenceStore(Database database) {
        this.dsl = database.dsl();
    }

    /** The summit's stored order; empty when none is stored. */
    public Optional<Precedence> read(long summitId) {
        return dsl.transactionResult(tx -> read(tx.dsl(), summitId));
    }

    /**
     * Stores the summit's order: a new row when {@code p} has version 0, otherwise over the stored
     * row of that version; the hand order is replaced whole.
     *
     * @return the order as stored, with its new version
     * @throws StaleDataException if another order was stored meanwhile, or this one changed or went
     */
    public Precedence save(long summitId, Precedence p) {
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            if (!db.fetchExists(SUMMIT, SUMMIT.ID.eq(summitId))) {
                throw new StaleDataException("summit", summitId, true);
            }
            if (p.version() == 0) {
                if (db.fetchExists(PRECEDENCE, PRECEDENCE.SUMMIT_ID.eq(summitId))) {
                    throw new StaleDataException(PRECEDENCE.getName(), summitId, false);
                }
                try {
                    insert(db, summitId, p);
                } catch (IntegrityConstraintViolationException e) {
                    if (Versions.violates(e, "precedence_pk")) {
                        throw new StaleDataException(PRECEDENCE.getName(), summitId, false);
                    }
                    throw e;
                }
            } else {
                int rows = db.update(PRECEDENCE)
                        .set(PRECEDENCE.DELEGATION_RULE, p.rule().name())
                        .set(PRECEDENCE.LANGUAGE_CODE, p.language())
                        .set(PRECEDENCE.LOT_NATION, p.lotNation())
                        .set(PRECEDENCE.LOT_LETTER, p.lotLetter())
                        .set(PRECEDENCE.LOT_SEED, p.lotSeed())
                        .set(PRECEDENCE.MEMBER_RULE, p.members().name())
                        .set(PRECEDENCE.VERSION, PRECEDENCE.VERSION.plus(1))
                        .where(PRECEDENCE.SUMMIT_ID.eq(summitId).and(PRECEDENCE.VERSION.eq(p.version())))
                        .execute();
                Versions.requireUpdated(db, rows, PRECEDENCE, PRECEDENCE.SUMMIT_ID, summitId);
                db.deleteFrom(PRECEDENCE_PLACE).where(PRECEDENCE_PLACE.SUMMIT_ID.eq(summitId)).execute();
                insertPlaces(db, summitId, p.handOrder());
            }
            return read(db, summitId).orElseThrow();
        });
    }

    /**
     * Removes the summit's stored order (it follows the default again), if it is still of the given version.
     *
     * @throws StaleDataException if it changed or went meanwhile
     */
    public void delete(long summitId, int version) {
        dsl.transaction(tx -> {
            int rows = tx.dsl().deleteFrom(PRECEDENCE)
                    .where(PRECEDENCE.SUMMIT_ID.eq(summitId).and(PRECEDENCE.VERSION.eq(version))).execute();
            Versions.requireUpdated(tx.dsl(), rows, PRECEDENCE, PRECEDENCE.SUMMIT_ID, summitId);
        });
    }

    static Optional<Precedence> read(DSLContext db, long summitId) {
        return db.selectFrom(PRECEDENCE).where(PRECEDENCE.SUMMIT_ID.eq(summitId)).fetchOptional().map(r -> {
            List<String> hand = db.select(PRECEDENCE_PLACE.NATION_CODE).from(PRECEDENCE_PLACE)
                    .where(PRECEDENCE_PLACE.SUMMIT_ID.eq(summitId)).orderBy(PRECEDENCE_PLACE.PLACE_NO)
                    .fetch(x -> x.value1());
            return new Precedence(DelegationRule.valueOf(r.getDelegationRule()), r.getLanguageCode(),
                    r.getLotNation(), r.getLotLetter(), r.getLotSeed(), MemberRule.valueOf(r.getMemberRule()), hand,
                    r.getVersion());
        });
    }

    /** Writes a summit's order as a new row (a new summit, or the first save). */
    static void insert(DSLContext db, long summitId, Precedence p) {
        db.insertInto(PRECEDENCE)
                .set(PRECEDENCE.SUMMIT_ID, summitId)
                .set(PRECEDENCE.DELEGATION_RULE, p.rule().name())
                .set(PRECEDENCE.LANGUAGE_CODE, p.language())
                .set(PRECEDENCE.LOT_NATION, p.lotNation())
                .set(PRECEDENCE.LOT_LETTER, p.lotLetter())
                .set(PRECEDENCE.LOT_SEED, p.lotSeed())
                .set(PRECEDENCE.MEMBER_RULE, p.members().name())
                // version 0 means "none stored" to the callers: a stored order starts at 1
                .set(PRECEDENCE.VERSION, 1)
                .execute();
        insertPlaces(db, summitId, p.handOrder());
    }

    private static void insertPlaces(DSLContext db, long summitId, List<String> handOrder) {
        if (handOrder.isEmpty()) {
            return;
        }
        var insert = db.insertInto(PRECEDENCE_PLACE, PRECEDENCE_PLACE.SUMMIT_ID, PRECEDENCE_PLACE.NATION_CODE,
                PRECEDENCE_PLACE.PLACE_NO);
        for (int i = 0; i < handOrder.size(); i++) {
            insert = insert.values(summitId, handOrder.get(i), i + 1);
        }
        insert.execute();
    }
}
