package org.summitplanner.importing;

import java.util.List;
import org.summitplanner.model.Attendee;

/**
 * One row of the file with what the import does with it.
 *
 * @param row the row number as a spreadsheet shows it (header = row 1)
 * @param attendee what the commit writes (NEW: id 0; UPDATE: the stored person's id and version
 *        with the file's values); the person the row names for UNCHANGED and DUPLICATE; null for ERROR
 * @param before the stored person for UPDATE and UNCHANGED, else null
 * @param changes the field keys that an UPDATE changes
 * @param duplicateOf for DUPLICATE, the earlier row of the same person; else 0
 * @param cells the row as read, to show an ERROR row as it is in the file
 * @param message the problems, or the duplicate note or the changes, and the warnings, as one
 *        line in the import's language (for the report and the command line)
 */
public record PlannedRow(int row, long line, Outcome outcome, Attendee attendee, Attendee before,
                         List<ImportField> changes, List<RowProblem> problems, List<String> warnings,
                         int duplicateOf, List<String> cells, String message, Read read) {

    /**
     * Who an error row names, as far as its cells could be read (any part may be null), so that a message
     * or a report can say whose row it is; null on the other rows, which have their attendee.
     */
    public record Read(String nation, String givenName, String familyName, String email) {

        /** "Bob Brown", else the email, else "". */
        public String who() {
            String name = ((givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName)).strip();
            return !name.isEmpty() ? name : email != null ? email : "";
        }

        static Read of(Attendee a) {
            return new Read(a.nation(), a.givenName(), a.familyName(), a.email());
        }
    }

    public PlannedRow {
        cells = List.copyOf(cells);
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    /** Whether an UPDATE changes the person's given or family name (the preview then shows both spellings). */
    public boolean renames() {
        return outcome == Outcome.UPDATE
                && (changes.contains(ImportField.GIVEN_NAME) || changes.contains(ImportField.FAMILY_NAME));
    }

    /**
     * The one-line message of a row, in the import's language; a changed name shows what it was and
     * what it becomes, so that no stored name changes unseen.
     */
    static String message(Texts texts, Outcome outcome, Attendee attendee, Attendee before, List<ImportField> changes,
                          List<RowProblem> problems, List<String> warnings, int duplicateOf, String note) {
        if (!problems.isEmpty()) {
            return String.join("; ", problems.stream().map(RowProblem::describe).toList());
        }
        StringBuilder sb = new StringBuilder();
        if (note != null) {
            sb.append(note);
        }
        if (outcome == Outcome.DUPLICATE) {
            sb.append(texts.get("row.duplicate", Integer.toString(duplicateOf)));
        }
        if (outcome == Outcome.UPDATE) {
            sb.append(texts.get("row.changes", String.join(", ", changes.stream().map(f -> switch (f) {
                case GIVEN_NAME -> texts.get("row.renamed", f.key(), before.givenName(), attendee.givenName());
                case FAMILY_NAME -> texts.get("row.renamed", f.key(), before.familyName(), attendee.familyName());
                default -> f.key();
            }).toList())));
        }
        for (String w : warnings) {
            sb.append(sb.length() > 0 ? "; " : "").append(w);
        }
        return sb.toString();
    }
}
