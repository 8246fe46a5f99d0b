package org.summitplanner.importing;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.Nation;
import org.summitplanner.model.Role;

/**
 * Gives a row its meaning through the column mapping: the attendee it describes, or what is wrong
 * with each cell. Values are taken as text; nothing in a cell is ever evaluated (a cell holding
 * "=HYPERLINK(...)" is that text).
 */
final class RowInterpreter {

    /**
     * The row's attendee (id 0) and which fields the row gave (blank cells give nothing, so that an
     * update never erases what the file leaves out).
     */
    /** @param read who the row names, as typed, when it has problems (null otherwise) */
    record Candidate(Attendee attendee, Map<ImportField, Boolean> given, List<RowProblem> problems,
                     List<String> warnings, PlannedRow.Read read) {
        boolean has(ImportField field) {
            return given.containsKey(field);
        }
    }

    private final ColumnMapping mapping;
    private final NationMatcher nations;
    private final ZoneId zone;
    private final Texts texts;
    private final Map<String, String> suggestionCache = new HashMap<>();

    RowInterpreter(ColumnMapping mapping, NationMatcher nations, ZoneId zone, Texts texts) {
        this.texts = texts;
        this.mapping = mapping;
        this.nations = nations;
        this.zone = zone;
    }

    Candidate interpret(RawRow raw) {
        List<RowProblem> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<ImportField, String> cells = new EnumMap<>(ImportField.class);
        int headers = mapping.headers().size();
        for (RawRow.Issue issue : raw.issues()) {
            noteIssue(raw, issue, problems, warnings);
        }
        for (int i = headers; i < raw.cells().size(); i++) {
            if (!raw.cell(i).isBlank()) {
                problems.add(RowProblem.of(texts, null, null, texts.get("problem.extraCells",
                        Integer.toString(raw.cells().size()), Integer.toString(headers))));
                break;
            }
        }
        if (raw.cells().size() < headers && raw.cells().size() > 0) {
            problems.add(RowProblem.of(texts, null, null, texts.get("problem.missingCells",
                    Integer.toString(raw.cells().size()), Integer.toString(headers))));
        }
        for (int i = 0; i < headers; i++) {
            Optional<ImportField> field = mapping.field(i);
            String value = Text.clean(raw.cell(i));
            if (field.isEmpty() || value == null) {
                continue;
            }
            if (value.length() > field.get().maxLength()) {
                problems.add(problem(field.get(), value, texts.get("problem.tooLong", Integer.toString(value.length()),
                        Integer.toString(field.get().maxLength()))));
                continue;
            }
            cells.put(field.get(), value);
        }
        Map<ImportField, Boolean> given = new EnumMap<>(ImportField.class);
        cells.keySet().forEach(f -> given.put(f, Boolean.TRUE));

        String honorific = cells.get(ImportField.HONORIFIC);
        String givenName = cells.get(ImportField.GIVEN_NAME);
        String familyName = cells.get(ImportField.FAMILY_NAME);
        String whole = cells.get(ImportField.FULL_NAME);
        if (whole != null && givenName == null && familyName == null) {
            Names.Split split = Names.split(whole);
            givenName = split.given();
            familyName = split.family();
            given.put(ImportField.GIVEN_NAME, Boolean.TRUE);
            given.put(ImportField.FAMILY_NAME, Boolean.TRUE);
            if (honorific == null && split.honorific() != null) {
                honorific = split.honorific();
                given.put(ImportField.HONORIFIC, Boolean.TRUE);
            }
        }
        if (Text.isBlank(givenName) && Text.isBlank(familyName)) {
            problems.add(RowProblem.of(texts, header(ImportField.FAMILY_NAME, ImportField.FULL_NAME,
                    ImportField.GIVEN_NAME), "", texts.get("problem.noName")));
        }
        if (givenName != null && givenName.length() > 100) {
            problems.add(problem(ImportField.FULL_NAME, whole, texts.get("problem.givenTooLong")));
        }
        if (familyName != null && familyName.length() > 100) {
            problems.add(problem(ImportField.FULL_NAME, whole, texts.get("problem.familyTooLong")));
        }

        String nationCode = null;
        String nationText = cells.get(ImportField.NATION);
        if (nationText == null) {
            problems.add(problem(ImportField.NATION, "", texts.get("problem.noNation")));
        } else {
            Optional<Nation> nation = nations.match(nationText);
            if (nation.isPresent()) {
                nationCode = nation.get().code();
            } else {
                problems.add(problem(ImportField.NATION, nationText, texts.get("problem.unknownNation", suggestions(nationText))));
            }
        }

        String email = cells.get(ImportField.EMAIL);
        if (email != null) {
            email = Values.email(email);
            if (!Values.isEmail(email)) {
                problems.add(problem(ImportField.EMAIL, cells.get(ImportField.EMAIL), texts.get("problem.email")));
            }
        }
        String phone = cells.get(ImportField.PHONE);
        if (phone != null && !Values.isPhone(phone)) {
            problems.add(problem(ImportField.PHONE, phone, texts.get("problem.phone")));
        }
        Role role = Role.OFFICIAL;
        String roleText = cells.get(ImportField.ROLE);
        if (roleText != null) {
            role = Values.role(roleText);
            if (role == null) {
                problems.add(problem(ImportField.ROLE, roleText, texts.get("problem.role")));
                role = Role.OFFICIAL;
            }
        }
        boolean head = false;
        String headText = cells.get(ImportField.HEAD);
        if (headText != null) {
            Boolean yes = Values.yesNo(headText);
            if (yes == null) {
                problems.add(problem(ImportField.HEAD, headText, texts.get("problem.head")));
            } else {
                head = yes;
            }
        }
        List<String> languages = List.of();
        String languageText = cells.get(ImportField.LANGUAGES);
        if (languageText != null) {
            String[] unknown = new String[1];
            languages = Values.languages(languageText, unknown);
            if (languages == null) {
                problems.add(problem(ImportField.LANGUAGES, languageText, texts.get("problem.language", unknown[0])));
                languages = List.of();
            } else if (String.join(",", languages).length() > 100) {
                problems.add(problem(ImportField.LANGUAGES, languageText, texts.get("problem.languages")));
            }
        }
        Instant arrives = instant(ImportField.ARRIVAL, cells, problems, warnings);
        Instant departs = instant(ImportField.DEPARTURE, cells, problems, warnings);
        if (arrives != null && departs != null && departs.isBefore(arrives)) {
            problems.add(problem(ImportField.DEPARTURE, cells.get(ImportField.DEPARTURE), texts.get("problem.departure", cells.get(ImportField.ARRIVAL))));
        }
        if (!problems.isEmpty()) {
            return new Candidate(null, given, problems, warnings, new PlannedRow.Read(
                    nationCode != null ? nationCode : nationText, givenName, familyName, cells.get(ImportField.EMAIL)));
        }
        Attendee attendee = new Attendee(0, null, nationCode, givenName == null ? "" : givenName,
                familyName == null ? "" : familyName, honorific, cells.get(ImportField.POSITION), role, head, email,
                phone, languages, arrives, departs, cells.get(ImportField.NOTES), 0);
        return new Candidate(attendee, given, problems, warnings, null);
    }

    /** What the reading found, as a problem when it touches an imported column, else as a warning or nothing. */
    private void noteIssue(RawRow raw, RawRow.Issue issue, List<RowProblem> problems, List<String> warnings) {
        int column = issue.column();
        boolean imported = column >= 0 && column < mapping.headers().size() && mapping.field(column).isPresent();
        switch (issue.kind()) {
            case OTHER_ENCODING -> {
                // only the imported values that are not plain ASCII read differently in the two encodings
                boolean utf8Row = issue.detail().equalsIgnoreCase("UTF-8");
                String reason = texts.get("problem.encoding", utf8Row ? "Windows-1252" : "UTF-8",
                        utf8Row ? "UTF-8" : "Windows-1252");
                for (int i = 0; i < mapping.headers().size(); i++) {
                    if (mapping.field(i).isPresent() && !isAscii(raw.cell(i))) {
                        problems.add(RowProblem.of(texts, mapping.headers().get(i), raw.cell(i).strip(), reason));
                    }
                }
            }
            case NO_RESULT -> {
                if (imported) {
                    problems.add(RowProblem.of(texts, mapping.headers().get(column), null, texts.get("problem.noResult",
                            cellName(column, raw.row()), issue.detail().isEmpty() ? "" : " (=" + issue.detail() + ")")));
                }
            }
            case FORMULA_ERROR -> {
                if (imported) {
                    problems.add(RowProblem.of(texts, mapping.headers().get(column), null,
                            texts.get("problem.formulaError", cellName(column, raw.row()), issue.detail())));
                }
            }
            case NO_HEADER -> warnings.add(texts.get("warning.noHeader", cellName(column, raw.row()), issue.detail()));
        }
    }

    /** "D7": a sheet's column letters and row number. */
    static String cellName(int column, int row) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.append(row).toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    private Instant instant(ImportField field, Map<ImportField, String> cells, List<RowProblem> problems,
                            List<String> warnings) {
        String text = cells.get(field);
        if (text == null) {
            return null;
        }
        Values.When when = Values.when(text);
        if (when == null) {
            problems.add(problem(field, text, texts.get("problem.date")));
            return null;
        }
        // a departure day without a time means leaving at the end of that day, not at its first minute
        LocalDateTime at = when.dateOnly() && field == ImportField.DEPARTURE
                ? when.at().toLocalDate().atTime(LocalTime.of(23, 59)) : when.at();
        return at.atZone(zone).toInstant();
    }

    private String suggestions(String text) {
        return suggestionCache.computeIfAbsent(Text.compact(text), k -> {
            List<Nation> close = nations.suggestions(text, 3);
            if (close.isEmpty()) {
                return texts.get("problem.noSuggestion");
            }
            return texts.get("problem.suggestions", String.join(", ", close.stream()
                    .map(n -> n.name(texts.locale()) + " (" + n.code() + ")").toList()));
        });
    }

    private RowProblem problem(ImportField field, String value, String reason) {
        return RowProblem.of(texts, header(field), value, reason);
    }

    /** The file's header of the first of the fields that has a column. */
    private String header(ImportField... fields) {
        for (ImportField f : fields) {
            int column = mapping.column(f);
            if (column >= 0) {
                return mapping.headers().get(column);
            }
        }
        return fields[0].key();
    }
}
