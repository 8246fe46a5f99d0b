package org.summitplanner.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which field each column of a file holds: recognised from its header, or chosen by hand
 * ("HEADER=field", or "HEADER=ignore"). A column that is neither is ignored.
 */
public final class ColumnMapping {

    public static final String IGNORE = "ignore";

    private final List<String> headers;
    private final ImportField[] fields;
    private final boolean[] byHand;

    private ColumnMapping(List<String> headers, ImportField[] fields, boolean[] byHand) {
        this.headers = List.copyOf(headers);
        this.fields = fields;
        this.byHand = byHand;
    }

    /**
     * Recognises the headers, then applies the hand choices.
     *
     * @param byHand header (as written, case and accents ignored) to a field key or "ignore"
     * @throws IllegalArgumentException naming a header that is not in the file or a field that does not exist
     */
    public static ColumnMapping of(List<String> headers, Map<String, String> byHand) {
        ImportField[] fields = new ImportField[headers.size()];
        boolean[] hand = new boolean[headers.size()];
        for (int i = 0; i < headers.size(); i++) {
            fields[i] = ImportField.recognise(headers.get(i)).orElse(null);
        }
        for (Map.Entry<String, String> choice : byHand.entrySet()) {
            int column = indexOf(headers, choice.getKey());
            if (column < 0) {
                throw new IllegalArgumentException("The file has no column \"" + choice.getKey() + "\"; its columns are: "
                        + String.join(", ", headers));
            }
            String key = choice.getValue().strip();
            ImportField field = null;
            if (!key.equalsIgnoreCase(IGNORE)) {
                field = ImportField.forKey(key).orElseThrow(() -> new IllegalArgumentException("Unknown field \""
                        + choice.getValue() + "\" for column \"" + choice.getKey() + "\"; the fields are: "
                        + ImportField.keys()));
            }
            fields[column] = field;
            hand[column] = true;
        }
        // a field chosen by hand wins over the same field recognised elsewhere
        for (int i = 0; i < fields.length; i++) {
            for (int j = 0; j < fields.length; j++) {
                if (i != j && fields[i] != null && fields[i] == fields[j] && hand[j] && !hand[i]) {
                    fields[i] = null;
                }
            }
        }
        return new ColumnMapping(headers, fields, hand);
    }

    /** Parses "HEADER=field" choices as the command line takes them. */
    public static Map<String, String> parseChoices(List<String> choices) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String c : choices) {
            int eq = c.lastIndexOf('=');
            if (eq <= 0 || eq == c.length() - 1) {
                throw new IllegalArgumentException("A mapping is HEADER=field, such as \"Nom de famille=family_name\"; "
                        + "got \"" + c + "\". The fields are: " + ImportField.keys());
            }
            map.put(c.substring(0, eq).strip(), c.substring(eq + 1).strip());
        }
        return map;
    }

    private static int indexOf(List<String> headers, String header) {
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).strip().equalsIgnoreCase(header.strip())) {
                return i;
            }
        }
        String wanted = Text.compact(header);
        for (int i = 0; i < headers.size(); i++) {
            if (Text.compact(headers.get(i)).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    public List<String> headers() {
        return headers;
    }

    /** The field of a column, empty when the column is ignored. */
    public Optional<ImportField> field(int column) {
        return Optional.ofNullable(fields[column]);
    }

    public boolean chosenByHand(int column) {
        return byHand[column];
    }

    /** The column holding a field, or -1. */
    public int column(ImportField field) {
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] == field) {
                return i;
            }
        }
        return -1;
    }

    /** The hand choices, header to field key or "ignore", to remember them for the next file. */
    public Map<String, String> choices() {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i++) {
            if (byHand[i]) {
                map.put(headers.get(i), fields[i] == null ? IGNORE : fields[i].key());
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /** A copy with one column's field chosen by hand (null: ignored). */
    public ColumnMapping with(int column, ImportField field) {
        ImportField[] f = Arrays.copyOf(fields, fields.length);
        boolean[] h = Arrays.copyOf(byHand, byHand.length);
        for (int i = 0; i < f.length; i++) {
            if (field != null && f[i] == field) {
                f[i] = null;
            }
        }
        f[column] = field;
        h[column] = true;
        return new ColumnMapping(headers, f, h);
    }

    /**
     * What keeps the mapping from being used: a field in two columns, no nation, no name. Empty when
     * it is usable.
     */
    public List<String> problems() {
        return problems(Texts.ENGLISH);
    }

    /** {@link #problems()} in the language of {@code texts}. */
    public List<String> problems(Texts texts) {
        List<String> problems = new ArrayList<>();
        Map<ImportField, Integer> first = new EnumMap<>(ImportField.class);
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] == null) {
                continue;
            }
            Integer earlier = first.putIfAbsent(fields[i], i);
            if (earlier != null) {
                problems.add(texts.get("mapping.twice", headers.get(earlier), headers.get(i), fields[i].key()));
            }
        }
        if (column(ImportField.NATION) < 0) {
            problems.add(texts.get("mapping.noNation"));
        }
        if (column(ImportField.FAMILY_NAME) < 0 && column(ImportField.FULL_NAME) < 0
                && column(ImportField.GIVEN_NAME) < 0) {
            problems.add(texts.get("mapping.noName"));
        }
        return problems;
    }

    /** A key for the set of headers, to remember a hand mapping for the next file with the same headers. */
    public static String headerKey(List<String> headers) {
        return String.join("|", headers.stream().map(Text::compact).toList());
    }
}
