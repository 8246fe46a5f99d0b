package org.summitplanner.store;

import org.summitplanner.errors.StaleDataException;
import static org.summitplanner.store.jooq.Tables.SEATING_PLAN;
import static org.summitplanner.store.jooq.Tables.SEATING_SEAT;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
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
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
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
        });
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
