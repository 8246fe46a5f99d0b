package org.summitplanner.store;

import static org.summitplanner.store.jooq.Tables.ATTENDEE;
import static org.summitplanner.store.jooq.Tables.ATTENDEE_BADGE;
import static org.summitplanner.store.jooq.Tables.SEATING_PLAN;
import static org.summitplanner.store.jooq.Tables.SEATING_SEAT;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.summitplanner.model.AttendeeTraces;
import org.summitplanner.model.AttendeeTraces.OwnBadge;
import org.summitplanner.model.AttendeeTraces.SeatTaken;

/**
 * The rows that go with attendees when they are deleted (their own badge, by cascade; their name on a
 * chair, set to null), read before the deletion and written back on its undo, inside the caller's
 * transaction.
 */
final class AttendeeLinks {

    private static final int CHUNK = 1_000;

    private AttendeeLinks() {
    }

    /**
     * Reads the badges and seats of the attendees and empties their chairs, moving the version of each
     * plan touched (so that a screen holding the plan as it was refuses to write it back over the change).
     */
    static AttendeeTraces release(DSLContext db, Collection<Long> attendeeIds) {
        List<OwnBadge> badges = new ArrayList<>();
        List<SeatTaken> seats = new ArrayList<>();
        List<Long> ids = List.copyOf(new TreeSet<>(attendeeIds));
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            db.selectFrom(ATTENDEE_BADGE).where(ATTENDEE_BADGE.ATTENDEE_ID.in(part)).orderBy(ATTENDEE_BADGE.ATTENDEE_ID)
                    .forEach(r -> badges.add(new OwnBadge(r.getAttendeeId(), r.getCategoryCode(), r.getAccessZone())));
            db.selectFrom(SEATING_SEAT).where(SEATING_SEAT.ATTENDEE_ID.in(part))
                    .orderBy(SEATING_SEAT.PLAN_ID, SEATING_SEAT.SEAT_NO, SEATING_SEAT.TIER)
                    .forEach(r -> seats.add(new SeatTaken(r.getPlanId(), r.getSeatNo(), r.getTier(), r.getNationCode(),
                            r.getAttendeeId())));
        }
        if (!seats.isEmpty()) {
            db.update(SEATING_SEAT).setNull(SEATING_SEAT.ATTENDEE_ID).where(SEATING_SEAT.ATTENDEE_ID.in(
                    seats.stream().map(SeatTaken::attendeeId).distinct().toList())).execute();
            bump(db, seats);
        }
        return new AttendeeTraces(badges, seats);
    }

    /**
     * Writes the traces back for the attendees that are stored again. A chair is given back only while it
     * is still the same delegation's and empty (a plan made again or changed meanwhile keeps its choice).
     */
    static void restore(DSLContext db, AttendeeTraces traces) {
        if (traces == null || traces.isEmpty()) {
            return;
        }
        for (OwnBadge b : traces.badges()) {
            if (db.fetchExists(ATTENDEE, ATTENDEE.ID.eq(b.attendeeId()))
                    && !db.fetchExists(ATTENDEE_BADGE, ATTENDEE_BADGE.ATTENDEE_ID.eq(b.attendeeId()))) {
                db.insertInto(ATTENDEE_BADGE).set(ATTENDEE_BADGE.ATTENDEE_ID, b.attendeeId())
                        .set(ATTENDEE_BADGE.CATEGORY_CODE, b.categoryCode())
                        .set(ATTENDEE_BADGE.ACCESS_ZONE, b.accessZone()).execute();
            }
        }
        List<SeatTaken> given = new ArrayList<>();
        for (SeatTaken s : traces.seats()) {
            if (!db.fetchExists(ATTENDEE, ATTENDEE.ID.eq(s.attendeeId()))) {
                continue;
            }
            int rows = db.update(SEATING_SEAT).set(SEATING_SEAT.ATTENDEE_ID, s.attendeeId())
                    .where(SEATING_SEAT.PLAN_ID.eq(s.planId()).and(SEATING_SEAT.SEAT_NO.eq(s.place()))
                            .and(SEATING_SEAT.TIER.eq(s.tier())).and(SEATING_SEAT.NATION_CODE.eq(s.nation()))
                            .and(SEATING_SEAT.ATTENDEE_ID.isNull()))
                    .execute();
            if (rows > 0) {
                given.add(s);
            }
        }
        bump(db, given);
    }

    private static void bump(DSLContext db, List<SeatTaken> seats) {
        List<Long> plans = seats.stream().map(SeatTaken::planId).distinct().toList();
        if (!plans.isEmpty()) {
            db.update(SEATING_PLAN).set(SEATING_PLAN.VERSION, SEATING_PLAN.VERSION.plus(1))
                    .where(SEATING_PLAN.ID.in(plans)).execute();
        }
    }
}
