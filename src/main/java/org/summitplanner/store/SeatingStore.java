package org.summitplanner.store;

import org.summitplanner.errors.StaleDataException;

import static org.summitplanner.store.jooq.Tables.ATTENDEE;
import static org.summitplanner.store.jooq.Tables.SEATING_PLAN;
import static org.summitplanner.store.jooq.Tables.SEATING_SEAT;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.summitplanner.model.Seat;
import org.summitplanner.model.SeatingLayout;
import org.summitplanner.model.SeatingPlan;

/** Seating plans: one per agenda item, with its seats; writes are transactions that check the plan's version. */
public final class SeatingStore {

    private final DSLContext dsl;

    public SeatingStore(Database database) {
        this.dsl = database.dsl();
    }

    public Optional<SeatingPlan> plan(long itemId) {
        return dsl.transactionResult(tx -> read(tx.dsl(), itemId));
    }

    /** The item's plan, in the caller's transaction. */
    static Optional<SeatingPlan> read(DSLContext db, long itemId) {
        {
            var row = db.selectFrom(SEATING_PLAN).where(SEATING_PLAN.AGENDA_ITEM_ID.eq(itemId)).fetchOptional();
            if (row.isEmpty()) {
                return Optional.empty();
            }
            var r = row.get();
            List<Seat> seats = db.selectFrom(SEATING_SEAT).where(SEATING_SEAT.PLAN_ID.eq(r.getId()))
                    .orderBy(SEATING_SEAT.SEAT_NO, SEATING_SEAT.TIER)
                    .fetch(s -> new Seat(s.getSeatNo(), s.getTier(), s.getNationCode(), s.getAttendeeId()));
            return Optional.of(new SeatingPlan(r.getId(), itemId, SeatingLayout.valueOf(r.getLayout()), seats,
                    r.getVersion()));
        }
    }

    /** The summit's plans, in the order of the agenda, in the caller's transaction. */
    static List<SeatingPlan> plans(DSLContext db, long summitId) {
        List<SeatingPlan> plans = new java.util.ArrayList<>();
        for (Long itemId : db.select(SEATING_PLAN.AGENDA_ITEM_ID).from(SEATING_PLAN)
                .where(SEATING_PLAN.SUMMIT_ID.eq(summitId)).orderBy(SEATING_PLAN.AGENDA_ITEM_ID).fetch(r -> r.value1())) {
            read(db, itemId).ifPresent(plans::add);
        }
        return plans;
    }

    /**
     * Puts a plan back exactly as it was read (id, version, seats), in the caller's transaction: the undo
     * of the deletion of its agenda item. Seats of people deleted meanwhile come back empty. A plan with id 0
     * gets a new id (a plan loaded from a summit file).
     */
    static void putBack(DSLContext db, long summitId, SeatingPlan plan) {
        db.deleteFrom(SEATING_PLAN).where(SEATING_PLAN.AGENDA_ITEM_ID.eq(plan.agendaItemId())).execute();
        long id = db.insertInto(SEATING_PLAN)
                .set(SEATING_PLAN.ID, plan.id() != 0 ? DSL.val(plan.id()) : DSL.defaultValue(SEATING_PLAN.ID))
                .set(SEATING_PLAN.SUMMIT_ID, summitId)
                .set(SEATING_PLAN.AGENDA_ITEM_ID, plan.agendaItemId()).set(SEATING_PLAN.LAYOUT, plan.layout().name())
                .set(SEATING_PLAN.VERSION, plan.version()).returningResult(SEATING_PLAN.ID).fetchSingle().value1();
        List<Long> present = db.select(ATTENDEE.ID).from(ATTENDEE).where(ATTENDEE.ID.in(plan.seats().stream()
                .map(Seat::attendeeId).filter(java.util.Objects::nonNull).toList())).fetch(r -> r.value1());
        for (Seat s : plan.seats()) {
            Long who = s.attendeeId() != null && present.contains(s.attendeeId()) ? s.attendeeId() : null;
            db.insertInto(SEATING_SEAT).set(SEATING_SEAT.PLAN_ID, id).set(SEATING_SEAT.SEAT_NO, s.place())
                    .set(SEATING_SEAT.TIER, s.tier()).set(SEATING_SEAT.NATION_CODE, s.nation())
                    .set(SEATING_SEAT.ATTENDEE_ID, who).execute();
        }
    }

    /**
     * Stores the plan: a plan with id 0 replaces whatever plan the item has (a new generation); one with
     * an id must still have its version.
     *
     * @throws StaleDataException when the stored plan changed or went since the plan was read
     */
    public SeatingPlan save(long summitId, SeatingPlan plan) {
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            long id;
            int version;
            if (plan.id() == 0) {
                db.deleteFrom(SEATING_PLAN).where(SEATING_PLAN.AGENDA_ITEM_ID.eq(plan.agendaItemId())).execute();
                id = db.insertInto(SEATING_PLAN).set(SEATING_PLAN.SUMMIT_ID, summitId)
                        .set(SEATING_PLAN.AGENDA_ITEM_ID, plan.agendaItemId())
                        .set(SEATING_PLAN.LAYOUT, plan.layout().name()).set(SEATING_PLAN.VERSION, 1)
                        .returningResult(SEATING_PLAN.ID).fetchSingle().value1();
                version = 1;
            } else {
                id = plan.id();
                version = plan.version() + 1;
                int rows = db.update(SEATING_PLAN).set(SEATING_PLAN.LAYOUT, plan.layout().name())
                        .set(SEATING_PLAN.VERSION, version)
                        .where(SEATING_PLAN.ID.eq(id).and(SEATING_PLAN.VERSION.eq(plan.version()))).execute();
                if (rows == 0) {
                    boolean gone = !db.fetchExists(SEATING_PLAN, SEATING_PLAN.ID.eq(id));
                    throw new StaleDataException("seating_plan", id, gone);
                }
                db.deleteFrom(SEATING_SEAT).where(SEATING_SEAT.PLAN_ID.eq(id)).execute();
            }
            var batch = db.batch(db.insertInto(SEATING_SEAT, SEATING_SEAT.PLAN_ID, SEATING_SEAT.SEAT_NO,
                    SEATING_SEAT.TIER, SEATING_SEAT.NATION_CODE, SEATING_SEAT.ATTENDEE_ID)
                    .values((Long) null, null, null, null, null));
            for (Seat s : plan.seats()) {
                batch.bind(id, s.place(), s.tier(), s.nation(), s.attendeeId());
            }
            if (!plan.seats().isEmpty()) {
                batch.execute();
            }
            return plan.withIdAndVersion(id, version);
        });
    }

    public void delete(SeatingPlan plan) {
        dsl.transaction(tx -> tx.dsl().deleteFrom(SEATING_PLAN)
                .where(SEATING_PLAN.ID.eq(plan.id()).and(SEATING_PLAN.VERSION.eq(plan.version()))).execute());
    }
}
