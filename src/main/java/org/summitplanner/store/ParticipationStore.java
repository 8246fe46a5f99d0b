package org.summitplanner.store;

import org.summitplanner.errors.StaleStandingException;
import static org.summitplanner.store.jooq.Tables.AGENDA_ITEM;
import static org.summitplanner.store.jooq.Tables.AGENDA_NATION;
import static org.summitplanner.store.jooq.Tables.ATTENDEE;
import static org.summitplanner.store.jooq.Tables.NATION;
import static org.summitplanner.store.jooq.Tables.NATION_ALIAS;
import static org.summitplanner.store.jooq.Tables.PARTICIPATION;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;
import org.summitplanner.model.AgendaItemRef;
import org.summitplanner.model.Nation;
import org.summitplanner.model.NationKind;
import org.summitplanner.model.NationStanding;
import org.summitplanner.model.NationUse;
import org.summitplanner.model.Participation;
import org.summitplanner.model.ParticipationChange;
import org.summitplanner.model.ParticipationStatus;
import org.summitplanner.store.jooq.tables.records.NationRecord;

/**
 * Every nation's standing for a summit: its participation row (none means not invited) and its
 * delegation. Writes are transactions that check each row's version; a batch of changes is written
 * whole or not at all.
 */
public final class ParticipationStore {

    private final DSLContext dsl;
    private final Clock clock;

    /** @param clock gives "today" for the dates a status change fills in */
    public ParticipationStore(Database database, Clock clock) {
        this.dsl = database.dsl();
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every nation of the reference table, by code, with its standing for the summit. */
    public List<NationStanding> standings(long summitId) {
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            Map<String, Participation> rows = db.selectFrom(PARTICIPATION).where(PARTICIPATION.SUMMIT_ID.eq(summitId))
                    .fetchMap(PARTICIPATION.NATION_CODE, Rows::participation);
            Map<String, Integer> sizes = db.select(ATTENDEE.NATION_CODE, DSL.count()).from(ATTENDEE)
                    .where(ATTENDEE.SUMMIT_ID.eq(summitId)).groupBy(ATTENDEE.NATION_CODE)
                    .fetchMap(r -> r.value1(), r -> r.value2());
            Map<String, String> heads = db.selectFrom(ATTENDEE)
                    .where(ATTENDEE.SUMMIT_ID.eq(summitId).and(ATTENDEE.HEAD_OF_DELEGATION.isTrue()))
                    .fetchMap(ATTENDEE.NATION_CODE, r -> Rows.attendee(r).displayName());
            return db.selectFrom(NATION).orderBy(NATION.CODE).fetch(r -> new NationStanding(nation(r),
                    rows.get(r.getCode()), sizes.getOrDefault(r.getCode(), 0), heads.get(r.getCode())));
        });
    }

    /** One nation's standing now, or empty if there is no such nation. */
    public Optional<NationStanding> standing(long summitId, String code) {
        return standings(summitId).stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** The other spellings of each nation's name (USA, Ivory Coast ...), by code. */
    public Map<String, List<String>> nationAliases() {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        dsl.select(NATION_ALIAS.CODE, NATION_ALIAS.ALIAS).from(NATION_ALIAS)
                .orderBy(NATION_ALIAS.CODE, NATION_ALIAS.ALIAS)
                .forEach(r -> aliases.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        aliases.replaceAll((code, list) -> List.copyOf(list));
        return aliases;
    }

    /** The members of a nation's delegation (head first) and the agenda items its delegation is on. */
    public NationUse use(long summitId, String code) {
        List<String> people = dsl.selectFrom(ATTENDEE)
                .where(ATTENDEE.SUMMIT_ID.eq(summitId).and(ATTENDEE.NATION_CODE.eq(code)))
                .orderBy(ATTENDEE.HEAD_OF_DELEGATION.desc().nullsLast(), ATTENDEE.FAMILY_NAME, ATTENDEE.GIVEN_NAME,
                        ATTENDEE.ID)
                .fetch(r -> Rows.attendee(r).displayName());
        List<AgendaItemRef> items = dsl.select(Rows.ITEM_REF)
                .from(AGENDA_ITEM).join(AGENDA_NATION).on(AGENDA_NATION.AGENDA_ITEM_ID.eq(AGENDA_ITEM.ID))
                .where(AGENDA_ITEM.SUMMIT_ID.eq(summitId).and(AGENDA_NATION.NATION_CODE.eq(code)))
                .orderBy(AGENDA_ITEM.START_AT, AGENDA_ITEM.ID)
                .fetch(Rows::itemRef);
        return new NationUse(code, people, items);
    }

    /**
     * Moves several nations to one status in one transaction, filling in today's dates as
     * {@link NationStanding#movedTo} says. Nations already in that status are left alone.
     *
     * @param standings the nations as they were read (their rows' versions are checked)
     * @return what was written, one change per nation that changed
     * @throws StaleStandingException if any of the rows changed elsewhere; then nothing was written
     */
    public List<ParticipationChange> setStatus(long summitId, Collection<NationStanding> standings,
                                               ParticipationStatus status) {
        LocalDate today = today();
        return apply(summitId, standings.stream()
                .map(s -> new ParticipationChange(s.code(), s.participation(), s.movedTo(status, today))).toList());
    }

    /**
     * Stores one nation's participation.
     *
     * @param before the row as it was read, null when the nation had none
     * @throws StaleStandingException if the row changed, vanished or was created elsewhere since
     */
    public ParticipationChange update(long summitId, Participation before, Participation after) {
        return single(apply(summitId, List.of(new ParticipationChange(after.nation(), before, after))), after.nation(),
                before, after);
    }

    /**
     * Removes a nation's participation: it becomes not invited; its delegation and agenda places stay.
     *
     * @throws StaleStandingException if the row changed or vanished since it was read
     */
    public ParticipationChange remove(long summitId, Participation participation) {
        return single(apply(summitId, List.of(new ParticipationChange(participation.nation(), participation, null))),
                participation.nation(), participation, null);
    }

    /**
     * Puts a removed participation back under its id (undo).
     *
     * @throws StaleStandingException if the nation got a participation elsewhere meanwhile
     */
    public Participation restore(long summitId, Participation participation) {
        return update(summitId, null, participation).after();
    }

    /**
     * Writes several changes in one transaction. Each row's id and version must still be as
     * {@code before} says (and a nation with no row must still have none); otherwise nothing is
     * written. Changes that change nothing are skipped.
     *
     * @return the changes as stored: {@code after} carries the row's id and new version
     * @throws StaleStandingException naming the first nation whose row moved on
     */
    public List<ParticipationChange> apply(long summitId, List<ParticipationChange> changes) {
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            List<ParticipationChange> written = new ArrayList<>();
            for (ParticipationChange change : changes) {
                if (!change.isNoOp()) {
                    written.add(new ParticipationChange(change.nation(), change.before(), write(db, summitId, change)));
                }
            }
            return written;
        });
    }

    private static Participation write(DSLContext db, long summitId, ParticipationChange change) {
        Participation before = change.before();
        Participation after = change.after();
        if (before == null) {
            return insert(db, summitId, after);
        }
        var row = PARTICIPATION.ID.eq(before.id()).and(PARTICIPATION.VERSION.eq(before.version()))
                .and(PARTICIPATION.SUMMIT_ID.eq(summitId)).and(PARTICIPATION.NATION_CODE.eq(change.nation()));
        if (after == null) {
            requireWritten(db, db.deleteFrom(PARTICIPATION).where(row).execute(), before);
            return null;
        }
        int rows = db.update(PARTICIPATION)
                .set(PARTICIPATION.STATUS, after.status().name())
                .set(PARTICIPATION.INVITED_ON, after.invitedOn())
                .set(PARTICIPATION.RESPONDED_ON, after.respondedOn())
                .set(PARTICIPATION.NOTES, after.notes())
                .set(PARTICIPATION.VERSION, PARTICIPATION.VERSION.plus(1))
                .where(row).execute();
        requireWritten(db, rows, before);
        return db.selectFrom(PARTICIPATION).where(PARTICIPATION.ID.eq(before.id())).fetchSingle(Rows::participation);
    }

    private static Participation insert(DSLContext db, long summitId, Participation after) {
        var existing = PARTICIPATION.SUMMIT_ID.eq(summitId).and(PARTICIPATION.NATION_CODE.eq(after.nation()));
        Optional<Long> there = db.select(PARTICIPATION.ID).from(PARTICIPATION).where(existing).fetchOptional(r -> r.value1());
        if (there.isPresent()) {
            throw new StaleStandingException(after.nation(), there.get(), false);
        }
        try {
            long id = db.insertInto(PARTICIPATION)
                    .set(PARTICIPATION.ID, after.id() != 0 ? DSL.val(after.id()) : DSL.defaultValue(PARTICIPATION.ID))
                    .set(PARTICIPATION.SUMMIT_ID, summitId)
                    .set(PARTICIPATION.NATION_CODE, after.nation())
                    .set(PARTICIPATION.STATUS, after.status().name())
                    .set(PARTICIPATION.INVITED_ON, after.invitedOn())
                    .set(PARTICIPATION.RESPONDED_ON, after.respondedOn())
                    .set(PARTICIPATION.NOTES, after.notes())
                    .returningResult(PARTICIPATION.ID).fetchSingle().value1();
            return db.selectFrom(PARTICIPATION).where(PARTICIPATION.ID.eq(id)).fetchSingle(Rows::participation);
        } catch (IntegrityConstraintViolationException e) {
            // another connection inserted the nation's row between our check and our insert
            if (Versions.violates(e, "participation_nation_uq")) {
                throw new StaleStandingException(after.nation(), 0, false);
            }
            throw e;
        }
    }

    private static void requireWritten(DSLContext db, int rows, Participation before) {
        if (rows == 0) {
            throw new StaleStandingException(before.nation(), before.id(),
                    !db.fetchExists(PARTICIPATION, PARTICIPATION.ID.eq(before.id())));
        }
    }

    private static ParticipationChange single(List<ParticipationChange> written, String nation, Participation before,
                                              Participation after) {
        return written.isEmpty() ? new ParticipationChange(nation, before, after) : written.get(0);
    }

    private static Nation nation(NationRecord r) {
        return new Nation(r.getCode(), r.getAlpha3(), NationKind.valueOf(r.getKind()), r.getNameEn(), r.getNameFr());
    }
}
