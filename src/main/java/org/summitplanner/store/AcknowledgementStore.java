package org.summitplanner.store;

import static org.summitplanner.store.jooq.Tables.ACKNOWLEDGEMENT;

import java.util.List;
import org.jooq.DSLContext;
import org.summitplanner.model.Acknowledgement;

/** The findings planners acknowledged, per summit, lapsed ones included (they no longer match anything). */
public final class AcknowledgementStore {

    private final DSLContext dsl;

    public AcknowledgementStore(Database database) {
        this.dsl = database.dsl();
    }

    /** The summit's acknowledgements, oldest first. */
    public List<Acknowledgement> acknowledgements(long summitId) {
        return dsl.selectFrom(ACKNOWLEDGEMENT).where(ACKNOWLEDGEMENT.SUMMIT_ID.eq(summitId))
                .orderBy(ACKNOWLEDGEMENT.ACKNOWLEDGED_AT, ACKNOWLEDGEMENT.ID)
                .fetch(r -> new Acknowledgement(r.getId(), r.getRuleName(), r.getSubject(), r.getFingerprint(),
                        r.getReason(), Rows.fromDb(r.getAcknowledgedAt())));
    }

    /**
     * Stores an acknowledgement (its id is ignored) and returns it with its new id; one of the same
     * finding and facts is replaced, so a second acknowledgement only changes the reason.
     */
    public Acknowledgement insert(long summitId, Acknowledgement a) {
        if (a.reason().isBlank()) {
            throw new IllegalArgumentException("an acknowledgement needs a reason");
        }
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            db.deleteFrom(ACKNOWLEDGEMENT).where(ACKNOWLEDGEMENT.SUMMIT_ID.eq(summitId)
                    .and(ACKNOWLEDGEMENT.RULE_NAME.eq(a.rule())).and(ACKNOWLEDGEMENT.SUBJECT.eq(a.subject()))
                    .and(ACKNOWLEDGEMENT.FINGERPRINT.eq(a.fingerprint()))).execute();
            long id = db.insertInto(ACKNOWLEDGEMENT)
                    .set(ACKNOWLEDGEMENT.SUMMIT_ID, summitId)
                    .set(ACKNOWLEDGEMENT.RULE_NAME, a.rule())
                    .set(ACKNOWLEDGEMENT.SUBJECT, a.subject())
                    .set(ACKNOWLEDGEMENT.FINGERPRINT, a.fingerprint())
                    .set(ACKNOWLEDGEMENT.REASON, a.reason().strip())
                    .set(ACKNOWLEDGEMENT.ACKNOWLEDGED_AT, Rows.toDb(a.acknowledgedAt()))
                    .returningResult(ACKNOWLEDGEMENT.ID).fetchSingle().value1();
            return new Acknowledgement(id, a.rule(), a.subject(), a.fingerprint(), a.reason().strip(), a.acknowledgedAt());
        });
    }

    /** Withdraws an acknowledgement; one that is gone already is no error. */
    public void delete(long id) {
        dsl.transaction(tx -> tx.dsl().deleteFrom(ACKNOWLEDGEMENT).where(ACKNOWLEDGEMENT.ID.eq(id)).execute());
    }
}
