package org.summitplanner.importing;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.ParticipationStatus;

/**
 * Decides, row by row, what the import does: NEW, UPDATE (an attendee of the summit found by
 * email, case-insensitive, else by name and nation), UNCHANGED, DUPLICATE (the same person earlier
 * in the file) or ERROR. It keeps no row, only small indexes, so that any number of rows can be
 * planned as they are read. The same file over the same attendees always gets the same plan.
 */
public final class ImportPlanner {

    private final RowInterpreter interpreter;
    private final Texts texts;
    private final Map<String, ParticipationStatus> statuses;
    private final Map<String, Attendee> byEmail = new HashMap<>();
    private final Map<String, List<Attendee>> byName = new HashMap<>();
    private final Map<String, Attendee> heads = new HashMap<>();
    private final KeyIndex fileEmails = new KeyIndex();
    private final KeyIndex fileNames = new KeyIndex();
    private final Map<String, Integer> fileHeads = new HashMap<>();
    private final Map<Outcome, Integer> totals = new EnumMap<>(Outcome.class);
    /** The last row {@link #decide} read, and its keys: {@link #plan} records them without folding again. */
    private Attendee lastRow;
    private String lastNameKey;
    private String lastEmailKey;

    /**
     * @param existing the summit's attendees now
     * @param statuses the summit's participation status by nation (a nation without one is not invited)
     */
    public ImportPlanner(ColumnMapping mapping, NationMatcher nations, ZoneId zone, List<Attendee> existing,
                         Map<String, ParticipationStatus> statuses, Texts texts) {
        this.texts = texts;
        this.interpreter = new RowInterpreter(mapping, nations, zone, texts);
        this.statuses = Map.copyOf(statuses);
        for (Attendee a : existing) {
            if (a.email() != null) {
                byEmail.put(a.email().toLowerCase(Locale.ROOT), a);
            }
            byName.computeIfAbsent(nameKey(a), k -> new ArrayList<>()).add(a);
            if (a.headOfDelegation()) {
                heads.put(a.nation(), a);
            }
        }
        for (Outcome o : Outcome.values()) {
            totals.put(o, 0);
        }
    }

    static String nameKey(Attendee a) {
        return Text.compact(a.givenName()) + "|" + Text.compact(a.familyName()) + "|" + a.nation();
    }

    /** How many rows got each outcome so far. */
    public Map<Outcome, Integer> totals() {
        return Map.copyOf(totals);
    }

    public PlannedRow plan(RawRow raw) {
        PlannedRow planned = decide(raw);
        totals.merge(planned.outcome(), 1, Integer::sum);
        if (planned.outcome().writes() || planned.outcome() == Outcome.UNCHANGED) {
            // only rows that count can make a later row a duplicate (an error row may be skipped)
            Attendee a = planned.attendee();
            boolean same = a == lastRow;
            if (a.email() != null) {
                fileEmails.putIfAbsent(same ? lastEmailKey : a.email().toLowerCase(Locale.ROOT), raw.row());
            }
            fileNames.putIfAbsent(same ? lastNameKey : nameKey(a), raw.row());
            if (a.headOfDelegation()) {
                fileHeads.putIfAbsent(a.nation(), raw.row());
            }
        }
        return planned;
    }

    private PlannedRow decide(RawRow raw) {
        lastRow = null;
        String total = TotalRows.label(raw.cells());
        if (total != null) {
            return new PlannedRow(raw.row(), raw.line(), Outcome.NOT_A_PERSON, null, null, List.of(), List.of(),
                    List.of(), 0, raw.cells(), PlannedRow.message(texts, Outcome.NOT_A_PERSON, null, null, List.of(),
                    List.of(), List.of(), 0, texts.get("row.notPerson", total)), null);
        }
        RowInterpreter.Candidate c = interpreter.interpret(raw);
        if (c.attendee() == null) {
            return error(raw, c.problems(), c.warnings(), c.read());
        }
        Attendee row = c.attendee();
        List<String> warnings = new ArrayList<>(c.warnings());
        ParticipationStatus status = statuses.getOrDefault(row.nation(), ParticipationStatus.NOT_INVITED);
        if (!status.takesPart()) {
            warnings.add(texts.get(status == ParticipationStatus.DECLINED ? "warning.declined" : "warning.notInvited",
                    row.nation()));
        }

        // the same person earlier in the file?
        String nameKey = nameKey(row);
        String emailKey = row.email() != null ? row.email().toLowerCase(Locale.ROOT) : null;
        lastRow = row;
        lastNameKey = nameKey;
        lastEmailKey = emailKey;
        int earlier = emailKey != null ? fileEmails.get(emailKey) : fileNames.get(nameKey);
        if (earlier != 0) {
            return row(raw.row(), raw.line(), Outcome.DUPLICATE, row, null, List.of(), List.of(), warnings,
                    earlier, raw.cells());
        }

        // someone already in the summit?
        Attendee stored = emailKey != null ? byEmail.get(emailKey) : null;
        if (stored == null) {
            List<Attendee> named = byName.getOrDefault(nameKey, List.of());
            if (named.size() > 1) {
                return error(raw, List.of(RowProblem.of(texts, null, null,
                        texts.get("problem.sameName", Integer.toString(named.size())))), warnings, PlannedRow.Read.of(row));
            }
            if (named.size() == 1) {
                stored = named.get(0);
                if (row.email() != null && stored.email() != null && !stored.email().equalsIgnoreCase(row.email())
                        && byEmail.containsKey(row.email().toLowerCase(Locale.ROOT))) {
                    return error(raw, List.of(RowProblem.of(texts, null, row.email(), texts.get("problem.emailTaken"))),
                            warnings, PlannedRow.Read.of(row));
                }
            }
        }
        if (stored != null && !stored.nation().equals(row.nation()) && c.has(ImportField.NATION)) {
            warnings.add(texts.get("warning.moves", stored.displayName(), stored.nation(), row.nation()));
        }
        Attendee target = stored == null ? row : merged(stored, row, c);

        // one head per delegation: the import gives the mark only where nobody has it
        if (target.headOfDelegation() && (stored == null || !stored.headOfDelegation()
                || !stored.nation().equals(target.nation()))) {
            Attendee head = heads.get(target.nation());
            if (head != null && (stored == null || head.id() != stored.id())) {
                return error(raw, List.of(RowProblem.of(texts, null, null,
                        texts.get("problem.headTaken", target.nation(), head.displayName()))), warnings, PlannedRow.Read.of(row));
            }
            Integer other = fileHeads.get(target.nation());
            if (other != null) {
                return error(raw, List.of(RowProblem.of(texts, null, null,
                        texts.get("problem.headInFile", Integer.toString(other), target.nation()))), warnings, PlannedRow.Read.of(row));
            }
        }
        if (stored == null) {
            return row(raw.row(), raw.line(), Outcome.NEW, row, null, List.of(), List.of(), warnings, 0,
                    raw.cells());
        }
        List<ImportField> changes = changes(stored, target);
        Outcome outcome = changes.isEmpty() ? Outcome.UNCHANGED : Outcome.UPDATE;
        return row(raw.row(), raw.line(), outcome, target, stored, changes, List.of(), warnings, 0,
                raw.cells());
    }

    private PlannedRow row(int row, long line, Outcome outcome, Attendee attendee, Attendee before,
                           List<ImportField> changes, List<RowProblem> problems, List<String> warnings, int duplicateOf,
                           List<String> cells) {
        return new PlannedRow(row, line, outcome, attendee, before, changes, problems, warnings, duplicateOf, cells,
                PlannedRow.message(texts, outcome, attendee, before, changes, problems, warnings, duplicateOf, null), null);
    }

    private PlannedRow error(RawRow raw, List<RowProblem> problems, List<String> warnings, PlannedRow.Read read) {
        return new PlannedRow(raw.row(), raw.line(), Outcome.ERROR, null, null, List.of(), problems, warnings, 0,
                raw.cells(), PlannedRow.message(texts, Outcome.ERROR, null, null, List.of(), problems, warnings, 0, null),
                read);
    }

    /** The stored attendee with the fields the row gives; what the row leaves blank stays. */
    private static Attendee merged(Attendee s, Attendee r, RowInterpreter.Candidate c) {
        return new Attendee(s.id(), s.key(),
                c.has(ImportField.NATION) ? r.nation() : s.nation(),
                c.has(ImportField.GIVEN_NAME) ? better(s.givenName(), r.givenName()) : s.givenName(),
                c.has(ImportField.FAMILY_NAME) ? better(s.familyName(), r.familyName()) : s.familyName(),
                c.has(ImportField.HONORIFIC) ? r.honorific() : s.honorific(),
                c.has(ImportField.POSITION) ? r.position() : s.position(),
                c.has(ImportField.ROLE) ? r.role() : s.role(),
                c.has(ImportField.HEAD) ? r.headOfDelegation() : s.headOfDelegation(),
                // emails differ only in case: the same address, keep it as stored
                c.has(ImportField.EMAIL) && !r.email().equalsIgnoreCase(s.email()) ? r.email() : s.email(),
                c.has(ImportField.PHONE) ? r.phone() : s.phone(),
                c.has(ImportField.LANGUAGES) ? r.languages() : s.languages(),
                c.has(ImportField.ARRIVAL) ? r.arrivesAt() : s.arrivesAt(),
                c.has(ImportField.DEPARTURE) ? r.departsAt() : s.departsAt(),
                c.has(ImportField.NOTES) ? r.notes() : s.notes(),
                s.version(), s.positionFr(), s.protocol());
    }

    /**
     * A name that differs from the stored one only in case, accents or punctuation is the same name
     * written less carefully (lists often say GLAVAS for Glavaš): the stored spelling stays.
     */
    private static String better(String stored, String row) {
        return Text.fold(stored).equals(Text.fold(row)) ? stored : row;
    }

    private static List<ImportField> changes(Attendee s, Attendee t) {
        List<ImportField> changes = new ArrayList<>();
        change(changes, ImportField.NATION, s.nation(), t.nation());
        change(changes, ImportField.GIVEN_NAME, s.givenName(), t.givenName());
        change(changes, ImportField.FAMILY_NAME, s.familyName(), t.familyName());
        change(changes, ImportField.HONORIFIC, s.honorific(), t.honorific());
        change(changes, ImportField.POSITION, s.position(), t.position());
        change(changes, ImportField.ROLE, s.role(), t.role());
        change(changes, ImportField.HEAD, s.headOfDelegation(), t.headOfDelegation());
        change(changes, ImportField.EMAIL, s.email(), t.email());
        change(changes, ImportField.PHONE, s.phone(), t.phone());
        change(changes, ImportField.LANGUAGES, s.languages(), t.languages());
        change(changes, ImportField.ARRIVAL, s.arrivesAt(), t.arrivesAt());
        change(changes, ImportField.DEPARTURE, s.departsAt(), t.departsAt());
        change(changes, ImportField.NOTES, s.notes(), t.notes());
        return changes;
    }

    private static void change(List<ImportField> changes, ImportField field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(field);
        }
    }
}
