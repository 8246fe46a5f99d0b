package org.summitplanner.service;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.summitplanner.model.NationStanding;
import org.summitplanner.model.NationUse;
import org.summitplanner.model.Participation;
import org.summitplanner.model.ParticipationChange;
import org.summitplanner.model.ParticipationStatus;
import org.summitplanner.store.ParticipationStore;
import org.summitplanner.errors.StaleStandingException;

/**
 * What the nations screen does: list every nation's standing, change one or several, remove a
 * participation, and undo. Blocking: callers run it off the FX thread.
 */
public final class NationService {

    private final ParticipationStore store;
    private Map<String, List<String>> aliases;

    public NationService(ParticipationStore store) {
        this.store = store;
    }

    public LocalDate today() {
        return store.today();
    }

    public List<NationStanding> standings(long summitId) {
        return store.standings(summitId);
    }

    /** Other spellings of nations' names by code; reference data, read once. */
    public synchronized Map<String, List<String>> aliases() {
        if (aliases == null) {
            aliases = Map.copyOf(store.nationAliases());
        }
        return aliases;
    }

    public List<NationUse> uses(long summitId, Collection<String> codes) {
        return codes.stream().map(code -> store.use(summitId, code)).toList();
    }

    /**
     * Moves the nations to a status in one transaction.
     *
     * @throws StaleStandingException if one of them changed elsewhere (nothing is written)
     */
    public List<ParticipationChange> setStatus(long summitId, Collection<NationStanding> standings,
                                               ParticipationStatus status) {
        return store.setStatus(summitId, standings, status);
    }

    /** Moves the nations to a status over whatever is stored for them now (the user chose to overwrite). */
    public List<ParticipationChange> setStatusOverwriting(long summitId, Collection<String> codes,
                                                          ParticipationStatus status) {
        return store.setStatus(summitId, current(summitId, codes), status);
    }

    /**
     * Saves one nation's participation as the form holds it.
     *
     * @param before the standing the form was filled from
     * @param values what to store; null to keep no row (a nation never invited, without notes)
     * @throws StaleStandingException if the row moved on since {@code before} was read
     */
    public List<ParticipationChange> save(long summitId, NationStanding before, Participation values) {
        return store.apply(summitId, List.of(new ParticipationChange(before.code(), before.participation(),
                forRow(values, before.participation()))));
    }

    /** Saves the form's values over whatever is stored now (the user chose to overwrite). */
    public List<ParticipationChange> saveOverwriting(long summitId, String code, Participation values) {
        NationStanding now = current(summitId, List.of(code)).get(0);
        return save(summitId, now, values);
    }

    /**
     * Removes the nations' participations in one transaction; they become not invited.
     *
     * @throws StaleStandingException if one of them changed elsewhere (nothing is removed)
     */
    public List<ParticipationChange> remove(long summitId, Collection<NationStanding> standings) {
        return store.apply(summitId, standings.stream()
                .map(s -> new ParticipationChange(s.code(), s.participation(), null)).toList());
    }

    public List<ParticipationChange> removeOverwriting(long summitId, Collection<String> codes) {
        return remove(summitId, current(summitId, codes));
    }

    /** Writes changes (undo and redo write the reverse of what was stored). */
    public List<ParticipationChange> apply(long summitId, List<ParticipationChange> changes) {
        return store.apply(summitId, changes);
    }

    public List<NationStanding> current(long summitId, Collection<String> codes) {
        Set<String> wanted = Set.copyOf(codes);
        Map<String, NationStanding> byCode = store.standings(summitId).stream().filter(s -> wanted.contains(s.code()))
                .collect(Collectors.toMap(NationStanding::code, s -> s));
        return codes.stream().map(byCode::get).toList();
    }

    /** The form's values aimed at the nation's row: same id, so that an update changes that row. */
    private static Participation forRow(Participation values, Participation row) {
        if (values == null) {
            return null;
        }
        return new Participation(row == null ? 0 : row.id(), values.nation(), values.status(), values.invitedOn(),
                values.respondedOn(), values.notes(), row == null ? 0 : row.version());
    }
}
