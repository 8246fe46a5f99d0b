package org.summitplanner.store;

import static org.summitplanner.store.jooq.Tables.AGENDA_ATTENDEE;
import static org.summitplanner.store.jooq.Tables.AGENDA_ITEM;
import static org.summitplanner.store.jooq.Tables.AGENDA_NATION;
import static org.summitplanner.store.jooq.Tables.ATTENDEE;
import static org.summitplanner.store.jooq.Tables.PARTICIPATION;
import static org.summitplanner.store.jooq.Tables.ROOM;
import static org.summitplanner.store.jooq.Tables.SUMMIT;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.Participation;
import org.summitplanner.model.Room;

/**
 * What changed in a summit since it was last read, found from the rows' versions: every write of the
 * store (and of any other client of the same database) moves a row's VERSION on, adds a row or deletes
 * one. The scan reads only ids and versions (a few thousand small rows at UN scale); the rows that
 * differ are then read whole by id. Used by the service that keeps an open summit in memory.
 */
public final class SummitChanges {

    private final DSLContext dsl;

    public SummitChanges(Database database) {
        this.dsl = database.dsl();
    }

    /**
     * The version of the summit row and of each of its rows, by id; null when the summit is gone.
     */
    public record Stamps(int summit, Map<Long, Integer> items, Map<Long, Integer> attendees, Map<Long, Integer> rooms,
                         Map<Long, Integer> participations) {
    }

    /** The current rows of the ids asked for; an id that is not among them was deleted (or is of another summit). */
    public record Current(List<AgendaItem> items, List<Attendee> attendees, List<Room> rooms,
                       List<Participation> participations) {
    }

    public Stamps stamps(long summitId) {
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            Integer summit = db.select(SUMMIT.VERSION).from(SUMMIT).where(SUMMIT.ID.eq(summitId)).fetchOne(SUMMIT.VERSION);
            if (summit == null) {
                return null;
            }
            Map<Long, Integer> items = new HashMap<>();
            db.select(AGENDA_ITEM.ID, AGENDA_ITEM.VERSION).from(AGENDA_ITEM).where(AGENDA_ITEM.SUMMIT_ID.eq(summitId))
                    .forEach(r -> items.put(r.value1(), r.value2()));
            Map<Long, Integer> attendees = new HashMap<>();
            db.select(ATTENDEE.ID, ATTENDEE.VERSION).from(ATTENDEE).where(ATTENDEE.SUMMIT_ID.eq(summitId))
                    .forEach(r -> attendees.put(r.value1(), r.value2()));
            Map<Long, Integer> rooms = new HashMap<>();
            db.select(ROOM.ID, ROOM.VERSION).from(ROOM).where(ROOM.SUMMIT_ID.eq(summitId))
                    .forEach(r -> rooms.put(r.value1(), r.value2()));
            Map<Long, Integer> participations = new HashMap<>();
            db.select(PARTICIPATION.ID, PARTICIPATION.VERSION).from(PARTICIPATION)
                    .where(PARTICIPATION.SUMMIT_ID.eq(summitId))
                    .forEach(r -> participations.put(r.value1(), r.value2()));
            return new Stamps(summit, items, attendees, rooms, participations);
        });
    }

    /** Ids of the summit's items that name any of these attendees, as stored now. */
    public Set<Long> itemsNaming(long summitId, Collection<Long> attendeeIds) {
        if (attendeeIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(dsl.select(AGENDA_ATTENDEE.AGENDA_ITEM_ID).from(AGENDA_ATTENDEE)
                .join(AGENDA_ITEM).on(AGENDA_ATTENDEE.AGENDA_ITEM_ID.eq(AGENDA_ITEM.ID))
                .where(AGENDA_ITEM.SUMMIT_ID.eq(summitId).and(AGENDA_ATTENDEE.ATTENDEE_ID.in(attendeeIds)))
                .fetch(AGENDA_ATTENDEE.AGENDA_ITEM_ID));
    }

    /** The summit's rows with these ids as stored now, in one transaction. */
    public Current rows(long summitId, Collection<Long> itemIds, Collection<Long> attendeeIds, Collection<Long> roomIds,
                     Collection<Long> participationIds) {
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            List<Participation> participations = participationIds.isEmpty() ? List.of()
                    : db.selectFrom(PARTICIPATION).where(PARTICIPATION.SUMMIT_ID.eq(summitId)
                    .and(PARTICIPATION.ID.in(participationIds))).fetch(Rows::participation);
            List<Room> rooms = roomIds.isEmpty() ? List.of()
                    : db.selectFrom(ROOM).where(ROOM.SUMMIT_ID.eq(summitId).and(ROOM.ID.in(roomIds)))
                    .fetch(Rows::room);
            List<Attendee> attendees = attendeeIds.isEmpty() ? List.of()
                    : db.selectFrom(ATTENDEE).where(ATTENDEE.SUMMIT_ID.eq(summitId).and(ATTENDEE.ID.in(attendeeIds)))
                    .fetch(Rows::attendee);
            List<AgendaItem> items = new ArrayList<>();
            if (!itemIds.isEmpty()) {
                Map<Long, List<Long>> named = new HashMap<>();
                db.select(AGENDA_ATTENDEE.AGENDA_ITEM_ID, AGENDA_ATTENDEE.ATTENDEE_ID).from(AGENDA_ATTENDEE)
                        .where(AGENDA_ATTENDEE.AGENDA_ITEM_ID.in(itemIds))
                        .orderBy(AGENDA_ATTENDEE.AGENDA_ITEM_ID, AGENDA_ATTENDEE.ATTENDEE_ID)
                        .forEach(r -> named.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
                Map<Long, List<String>> whole = new HashMap<>();
                db.select(AGENDA_NATION.AGENDA_ITEM_ID, AGENDA_NATION.NATION_CODE).from(AGENDA_NATION)
                        .where(AGENDA_NATION.AGENDA_ITEM_ID.in(itemIds))
                        .orderBy(AGENDA_NATION.AGENDA_ITEM_ID, AGENDA_NATION.NATION_CODE)
                        .forEach(r -> whole.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
                db.selectFrom(AGENDA_ITEM).where(AGENDA_ITEM.SUMMIT_ID.eq(summitId).and(AGENDA_ITEM.ID.in(itemIds)))
                        .forEach(r -> items.add(Rows.agendaItem(r,
                                named.getOrDefault(r.getId(), List.of()), whole.getOrDefault(r.getId(), List.of()))));
            }
            return new Current(items, attendees, rooms, participations);
        });
    }
}
