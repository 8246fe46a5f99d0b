package org.summitplanner.summitfile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Where each value of a JSON document starts, by JSON path, so that a problem found after
 * parsing (an unknown nation code, a duplicate key) can still name its line and column.
 */
final class JsonLocations {

    private Map<String, JsonLocation> byPath;
    private final JsonFactory factory;
    private final String json;

    private JsonLocations(Map<String, JsonLocation> byPath, JsonFactory factory, String json) {
        this.byPath = byPath;
        this.factory = factory;
        this.json = json;
    }

    /** Indexes a document that is known to parse. */
    static JsonLocations of(JsonFactory factory, String json) throws IOException {
        return new JsonLocations(index(factory, json), factory, json);
    }

    /**
     * Indexes a document that is known to parse when the first problem asks where it is. A file without
     * problems (the usual case) is then parsed once instead of twice: building this index was two thirds
     * of reading a UN-sized file.
     */
    static JsonLocations lazy(JsonFactory factory, String json) {
        return new JsonLocations(null, factory, json);
    }

    private static Map<String, JsonLocation> index(JsonFactory factory, String json) throws IOException {
        Map<String, JsonLocation> byPath = new HashMap<>();
        try (JsonParser parser = factory.createParser(json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME || token.isStructEnd()) {
                    continue;
                }
                JsonPointer pointer = token.isStructStart()
                        ? parser.getParsingContext().getParent().pathAsPointer()
                        : parser.getParsingContext().pathAsPointer();
                byPath.putIfAbsent(path(pointer), parser.currentTokenLocation());
            }
        }
        return byPath;
    }

    /** Where a field's name starts. */
    record FieldName(String path, JsonLocation location) {
    }

    /**
     * The first field name at {@code path} (at any path when null) that is, with {@code repeated},
     * the second of that name in its object, else the first; null when none comes before the end
     * or before the document breaks. Reads only as far as that name.
     */
    static FieldName fieldName(JsonFactory factory, String json, String path, boolean repeated) {
        try (JsonParser parser = factory.createParser(json)) {
            parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            Deque<Set<String>> names = new ArrayDeque<>();
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.START_OBJECT) {
                    names.push(new HashSet<>());
                } else if (token == JsonToken.END_OBJECT) {
                    names.pop();
                } else if (token == JsonToken.FIELD_NAME && names.peek().add(parser.currentName()) != repeated) {
                    String at = path(parser.getParsingContext().pathAsPointer());
                    if (path == null || path.equals(at)) {
                        return new FieldName(at, parser.currentTokenLocation());
                    }
                }
            }
        } catch (IOException e) {
            // the document breaks before such a name
        }
        return null;
    }

    /** "$.attendees[3].nation" for the pointer "/attendees/3/nation". */
    static String path(JsonPointer pointer) {
        StringBuilder sb = new StringBuilder("$");
        for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
            if (p.mayMatchElement()) {
                sb.append('[').append(p.getMatchingIndex()).append(']');
            } else {
                sb.append('.').append(p.getMatchingProperty());
            }
        }
        return sb.toString();
    }

    /** The problem at {@code path}, placed at that value or, when it is missing, at its nearest parent. */
    SummitFileException.Problem problem(String path, String message) {
        if (byPath == null) {
            try {
                byPath = index(factory, json);
            } catch (IOException e) {
                throw new IllegalStateException("a document that parsed once failed to parse again", e);
            }
        }
        String p = path;
        while (true) {
            JsonLocation location = byPath.get(p);
            if (location != null) {
                return new SummitFileException.Problem(path, location.getLineNr(), location.getColumnNr(), message);
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            if (cut <= 0) {
                return new SummitFileException.Problem(path, 0, 0, message);
            }
            p = p.substring(0, cut);
        }
    }
}
