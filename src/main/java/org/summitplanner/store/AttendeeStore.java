package org.summitplanner.store;

import org.summitplanner.errors.StaleDataException;
import org.summitplanner.errors.DuplicateKeyException;
import static org.summitplanner.store.jooq.Tables.AGENDA_ATTENDEE;
import static org.summitplanner.store.jooq.Tables.AGENDA_ITEM;
import static org.summitplanner.store.jooq.Tables.ATTENDEE;
import static org.summitplanner.store.jooq.Tables.PARTICIPATION;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;
import org.summitplanner.model.AgendaItemRef;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.AttendeeTraces;
import org.summitplanner.model.DelegationSummary;
import org.summitplanner.model.HeadMove;
import org.summitplanner.model.ParticipationStatus;
import org.summitplanner.store.jooq.tables.records.AttendeeRecord;

/**
 * The attendees of a summit. Writes are transactions; updates and deletes check the row's version.
 *
 * <p>Emails are unique within a summit regardless of case. The database's constraint only knows
 * exact equality (a case-insensitive index would not be portable, see STACK.md), so each write also
 * looks for the same address in another case inside its transaction.
 */
public final class AttendeeStore {

    private final DSLContext dsl;

    /** What deleting an attendee removed besides the row: the agenda items that named it, its badge and seats. */
    public record Removed(List<Long> agendaItemIds, AttendeeTraces traces) {
        public Removed {
            agendaItemIds = List.copyOf(agendaItemIds);
        }
    }

    public AttendeeStore(Database database) {
        this.dsl = database.dsl();
    }

    /** The summit's attendees by nation, the head of each delegation first, then by family name. */
    public List<Attendee> attendees(long summitId) {
        return dsl.selectFrom(ATTENDEE).where(ATTENDEE.SUMMIT_ID.eq(summitId))
                .orderBy(ATTENDEE.NATION_CODE, ATTENDEE.HEAD_OF_DELEGATION.desc().nullsLast(),
                        ATTENDEE.FAMILY_NAME, ATTENDEE.GIVEN_NAME, ATTENDEE.ID)
                .fetch(Rows::attendee);
    }

    /** The attendee as stored now; empty if it was deleted. */
    public Optional<Attendee> current(long attendeeId) {
        return dsl.selectFrom(ATTENDEE).where(ATTENDEE.ID.eq(attendeeId)).fetchOptional(Rows::attendee);
    }

    /**
     * One summary per delegation of the summit, by nation code: every nation with a participation
     * row (even with nobody in it yet) and every nation that has attendees (even without one).
     */
    public List<DelegationSummary> delegations(long summitId) {
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            Map<String, ParticipationStatus> status = new HashMap<>();
            db.select(PARTICIPATION.NATION_CODE, PARTICIPATION.STATUS).from(PARTICIPATION)
                    .where(PARTICIPATION.SUMMIT_ID.eq(summitId))
                    .forEach(r -> status.put(r.value1(), ParticipationStatus.valueOf(r.value2())));
            Map<String, Integer> sizes = db.select(ATTENDEE.NATION_CODE, DSL.count()).from(ATTENDEE)
                    .where(ATTENDEE.SUMMIT_ID.eq(summitId)).groupBy(ATTENDEE.NATION_CODE)
                    .fetchMap(r -> r.value1(), r -> r.value2());
            Map<String, Attendee> heads = new HashMap<>();
            db.selectFrom(ATTENDEE).where(ATTENDEE.SUMMIT_ID.eq(summitId).and(ATTENDEE.HEAD_OF_DELEGATION.isTrue()))
                    .forEach(r -> heads.put(r.getNationCode(), Rows.attendee(r)));
            TreeSet<String> nations = new TreeSet<>(status.keySet());
            nations.addAll(sizes.keySet());
            List<DelegationSummary> summaries = new ArrayList<>();
            for (String nation : nations) {
                summaries.add(new DelegationSummary(nation, status.get(nation), sizes.getOrDefault(nation, 0),
                        heads.get(nation)));
            }
            return summaries;
        });
    }

    /** The agenda items that name the attendee, by start. */
    public List<AgendaItemRef> references(long attendeeId) {
        return dsl.select(Rows.ITEM_REF)
                .from(AGENDA_ITEM).join(AGENDA_ATTENDEE).on(AGENDA_ATTENDEE.AGENDA_ITEM_ID.eq(AGENDA_ITEM.ID))
                .where(AGENDA_ATTENDEE.ATTENDEE_ID.eq(attendeeId))
                .orderBy(AGENDA_ITEM.START_AT, AGENDA_ITEM.ID)
                .fetch(Rows::itemRef);
    }

    /**
     * Adds an attendee. One with id 0 gets a new id; one with an id is put back under that id.
     *
     * @throws DuplicateKeyException ("key", "email" or "head") when the key or email is taken in the
     *         summit, or the attendee is marked head of a delegation that has one
     */
    public Attendee insert(long summitId, Attendee attendee) {
        return dsl.transactionResult(tx -> {
            long id = insert(tx.dsl(), summitId, attendee, attendee.headOfDelegation());
            return read(tx.dsl(), id);
        });
    }

    /**
     * Changes an attendee, including the head mark as given.
     *
     * @throws StaleDataException if the attendee changed or vanished since {@code attendee} was read
     * @throws DuplicateKeyException ("key", "email" or "head") as for {@link #insert}
     */
    public Attendee update(Attendee attendee) {
        return updateAll(List.of(attendee)).get(0);
    }

    /**
     * Changes several attendees in one transaction (undo and redo of a head move). Marks are taken
     * away before they are given, so the mark can pass from one to another.
     *
     * @return the attendees as stored, in the order given
     */
    public List<Attendee> updateAll(List<Attendee> attendees) {
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            for (Attendee a : attendees) {
                if (!a.headOfDelegation()) {
                    write(db, a, false);
                }
            }
            for (Attendee a : attendees) {
                if (a.headOfDelegation()) {
                    write(db, a, true);
                }
            }
            return attendees.stream().map(a -> read(db, a.id())).toList();
        });
    }

    /**
     * Makes an attendee head of its delegation, saving the rest of its fields as given, and takes
     * the mark from whoever had it, all in one transaction.
     *
     * @return the attendees involved before and after, to undo it
     * @throws StaleDataException if the attendee changed or vanished since {@code attendee} was read
     */
    public HeadMove makeHead(Attendee attendee) {
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            AttendeeRecord stored = db.selectFrom(ATTENDEE).where(ATTENDEE.ID.eq(attendee.id())).fetchOptional()
                    .orElseThrow(() -> new StaleDataException(ATTENDEE.getName(), attendee.id(), true));
            List<Attendee> before = new ArrayList<>();
            List<Attendee> after = new ArrayList<>();
            Optional<Attendee> former = db.selectFrom(ATTENDEE)
                    .where(ATTENDEE.SUMMIT_ID.eq(stored.getSummitId()).and(ATTENDEE.NATION_CODE.eq(attendee.nation()))
                            .and(ATTENDEE.HEAD_OF_DELEGATION.isTrue()).and(ATTENDEE.ID.ne(attendee.id())))
                    .fetchOptional(Rows::attendee);
            if (former.isPresent()) {
                // the unique constraint would refuse a second head: clear the old one first
                db.update(ATTENDEE).set(ATTENDEE.HEAD_OF_DELEGATION, (Boolean) null)
                        .set(ATTENDEE.VERSION, ATTENDEE.VERSION.plus(1))
                        .where(ATTENDEE.ID.eq(former.get().id())).execute();
                before.add(former.get());
                after.add(read(db, former.get().id()));
            }
            before.add(Rows.attendee(stored));
            write(db, attendee, true);
            after.add(read(db, attendee.id()));
            return new HeadMove(before, after);
        });
    }

    /**
     * Deletes an attendee; the agenda items lose it from their participants.
     *
     * @return the ids of the agenda items that named it and its own badge and seats, to give them back on undo
     * @throws StaleDataException if the attendee changed or vanished since {@code attendee} was read
     */
    public Removed delete(Attendee attendee) {
        return dsl.transactionResult(tx -> {
            // agenda_attendee rows go with the attendee (ON DELETE CASCADE): remember them first
            List<Long> items = tx.dsl().select(AGENDA_ATTENDEE.AGENDA_ITEM_ID).from(AGENDA_ATTENDEE)
                    .where(AGENDA_ATTENDEE.ATTENDEE_ID.eq(attendee.id()))
                    .orderBy(AGENDA_ATTENDEE.AGENDA_ITEM_ID).fetch(r -> r.value1());
            AttendeeTraces traces = AttendeeLinks.release(tx.dsl(), List.of(attendee.id()));
            int rows = tx.dsl().deleteFrom(ATTENDEE)
                    .where(ATTENDEE.ID.eq(attendee.id()).and(ATTENDEE.VERSION.eq(attendee.version()))).execute();
            Versions.requireUpdated(tx.dsl(), rows, ATTENDEE, ATTENDEE.ID, attendee.id());
            return new Removed(items, traces);
        });
    }

    /**
     * Puts a deleted attendee back under its id and on the agenda items that named it (those
     * deleted meanwhile are skipped), in one transaction. If its delegation got another head
     * meanwhile, it comes back without the mark rather than not at all.
     */
    public Attendee restore(long summitId, Attendee attendee, List<Long> agendaItemIds) {
        return restore(summitId, attendee, agendaItemIds, AttendeeTraces.NONE);
    }

    /** As {@link #restore(long, Attendee, List)}, and gives back the attendee's own badge and seats. */
    public Attendee restore(long summitId, Attendee attendee, List<Long> agendaItemIds, AttendeeTraces traces) {
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            boolean head = attendee.headOfDelegation() && !db.fetchExists(ATTENDEE, ATTENDEE.SUMMIT_ID.eq(summitId)
                    .and(ATTENDEE.NATION_CODE.eq(attendee.nation())).and(ATTENDEE.HEAD_OF_DELEGATION.isTrue()));
            long id = insert(db, summitId, attendee, head);
            if (!agendaItemIds.isEmpty()) {
                db.insertInto(AGENDA_ATTENDEE, AGENDA_ATTENDEE.AGENDA_ITEM_ID, AGENDA_ATTENDEE.ATTENDEE_ID)
                        .select(DSL.select(AGENDA_ITEM.ID, DSL.val(id)).from(AGENDA_ITEM)
                                .where(AGENDA_ITEM.ID.in(agendaItemIds).and(AGENDA_ITEM.SUMMIT_ID.eq(summitId))))
                        .execute();
            }
            AttendeeLinks.restore(db, traces);
            return read(db, id);
        });
    }

    /**
     * Saves {@code attendee} over whatever is stored now, or puts it back if it was deleted, in one
     * transaction (the row is locked between reading its version and writing).
     */
    public Attendee overwrite(long summitId, Attendee attendee) {
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            var now = db.select(ATTENDEE.VERSION).from(ATTENDEE).where(ATTENDEE.ID.eq(attendee.id())).forUpdate()
                    .fetchOptional();
            if (now.isEmpty()) {
                return read(db, insert(db, summitId, attendee, attendee.headOfDelegation()));
            }
            write(db, attendee.withVersion(now.get().value1()), attendee.headOfDelegation());
            return read(db, attendee.id());
        });
    }

    private static long insert(DSLContext db, long summitId, Attendee a, boolean head) {
        requireEmailFree(db, summitId, a.email(), a.id());
        var insert = db.insertInto(ATTENDEE)
                .set(ATTENDEE.ID, a.id() != 0 ? DSL.val(a.id()) : DSL.defaultValue(ATTENDEE.ID))
                .set(ATTENDEE.SUMMIT_ID, summitId)
                .set(ATTENDEE.EXT_KEY, a.key())
                .set(ATTENDEE.NATION_CODE, a.nation())
                .set(ATTENDEE.GIVEN_NAME, a.givenName())
                .set(ATTENDEE.FAMILY_NAME, a.familyName())
                .set(ATTENDEE.HONORIFIC, a.honorific())
                .set(ATTENDEE.POSITION, a.position())
                .set(ATTENDEE.POSITION_FR, a.positionFr())
                .set(ATTENDEE.ROLE, a.role().name())
                .set(ATTENDEE.HEAD_OF_DELEGATION, Rows.headToDb(head))
                .set(ATTENDEE.EMAIL, a.email())
                .set(ATTENDEE.PHONE, a.phone())
                .set(ATTENDEE.LANGUAGES, Rows.languagesToDb(a.languages()))
                .set(ATTENDEE.ARRIVES_AT, Rows.toDb(a.arrivesAt()))
                .set(ATTENDEE.DEPARTS_AT, Rows.toDb(a.departsAt()))
                .set(ATTENDEE.NOTES, a.notes())
                .set(ATTENDEE.STYLE_CODE, styleCode(a))
                .set(ATTENDEE.STYLE_EN, a.protocol().styleEn())
                .set(ATTENDEE.STYLE_FR, a.protocol().styleFr())
                .set(ATTENDEE.TOOK_OFFICE_ON, a.protocol().tookOffice())
                .set(ATTENDEE.HAND_POSITION, a.protocol().handPosition());
        return uniquenessChecked(() -> insert.returningResult(ATTENDEE.ID).fetchSingle().value1(), a);
    }

    /** Writes every field of {@code a} if its version is still the stored one. */
    private static void write(DSLContext db, Attendee a, boolean head) {
        Long summitId = db.select(ATTENDEE.SUMMIT_ID).from(ATTENDEE).where(ATTENDEE.ID.eq(a.id())).fetchOne(r -> r.value1());
        if (summitId != null) {
            requireEmailFree(db, summitId, a.email(), a.id());
        }
        int rows = uniquenessChecked(() -> db.update(ATTENDEE)
                .set(ATTENDEE.EXT_KEY, a.key())
                .set(ATTENDEE.NATION_CODE, a.nation())
                .set(ATTENDEE.GIVEN_NAME, a.givenName())
                .set(ATTENDEE.FAMILY_NAME, a.familyName())
                .set(ATTENDEE.HONORIFIC, a.honorific())
                .set(ATTENDEE.POSITION, a.position())
                .set(ATTENDEE.POSITION_FR, a.positionFr())
                .set(ATTENDEE.ROLE, a.role().name())
                .set(ATTENDEE.HEAD_OF_DELEGATION, Rows.headToDb(head))
                .set(ATTENDEE.EMAIL, a.email())
                .set(ATTENDEE.PHONE, a.phone())
                .set(ATTENDEE.LANGUAGES, Rows.languagesToDb(a.languages()))
                .set(ATTENDEE.ARRIVES_AT, Rows.toDb(a.arrivesAt()))
                .set(ATTENDEE.DEPARTS_AT, Rows.toDb(a.departsAt()))
                .set(ATTENDEE.NOTES, a.notes())
                .set(ATTENDEE.STYLE_CODE, styleCode(a))
                .set(ATTENDEE.STYLE_EN, a.protocol().styleEn())
                .set(ATTENDEE.STYLE_FR, a.protocol().styleFr())
                .set(ATTENDEE.TOOK_OFFICE_ON, a.protocol().tookOffice())
                .set(ATTENDEE.HAND_POSITION, a.protocol().handPosition())
                .set(ATTENDEE.VERSION, ATTENDEE.VERSION.plus(1))
                .where(ATTENDEE.ID.eq(a.id()).and(ATTENDEE.VERSION.eq(a.version())))
                .execute(), a);
        Versions.requireUpdated(db, rows, ATTENDEE, ATTENDEE.ID, a.id());
    }

    private static String styleCode(Attendee a) {
        return a.protocol().style() == null ? null : a.protocol().style().name();
    }

    private static Attendee read(DSLContext db, long id) {
        return db.selectFrom(ATTENDEE).where(ATTENDEE.ID.eq(id)).fetchSingle(Rows::attendee);
    }

    private static void requireEmailFree(DSLContext db, long summitId, String email, long self) {
        if (email != null && db.fetchExists(ATTENDEE, ATTENDEE.SUMMIT_ID.eq(summitId)
                .and(DSL.lower(ATTENDEE.EMAIL).eq(DSL.lower(DSL.val(email)))).and(ATTENDEE.ID.ne(self)))) {
            throw new DuplicateKeyException("email", email, null);
        }
    }

    private static <T> T uniquenessChecked(Supplier<T> write, Attendee a) {
        try {
            return write.get();
        } catch (IntegrityConstraintViolationException e) {
            if (Versions.violates(e, "attendee_key_uq")) {
                throw new DuplicateKeyException("key", a.key(), e);
            }
            if (Versions.violates(e, "attendee_email_uq")) {
                throw new DuplicateKeyException("email", a.email(), e);
            }
            if (Versions.violates(e, "attendee_head_uq")) {
                throw new DuplicateKeyException("head", a.nation(), e);
            }
            throw e;
        }
    }
}
