package org.summitplanner.summitfile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every text of a summit file must be text: no control characters (C0 but tab and line breaks in
 * the multi-line fields, DEL, C1 such as the CSI U+009B) and no lone UTF-16 surrogates (JSON's
 * {@code "\ud800"}, which the database would store as "?"). The file is refused with each place
 * rather than cleaned: a summit file is refused whole for any problem, and a stripped escape
 * sequence would leave its parameters ("[31m") in a name without anyone being told.
 */
final class TextCheck {

    /** Fields that may hold several lines (and tabs). Every other text is one line. */
    private static final Set<String> MULTI_LINE = Set.of("description", "notes");

    private TextCheck() {
    }

    /** The problems of a document that is known to parse; at most {@code max}. */
    static List<SummitFileException.Problem> problems(JsonFactory factory, String json, int max) throws IOException {
        List<SummitFileException.Problem> problems = new ArrayList<>();
        if (plainlyClean(json)) {
            return problems;
        }
        try (JsonParser parser = factory.createParser(json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null && problems.size() < max) {
                if (token != JsonToken.VALUE_STRING && token != JsonToken.FIELD_NAME) {
                    continue;
                }
                String text = token == JsonToken.FIELD_NAME ? parser.currentName() : parser.getText();
                String field = parser.currentName();
                String problem = problem(text, token == JsonToken.VALUE_STRING && field != null && MULTI_LINE.contains(field));
                if (problem != null) {
                    JsonLocation at = parser.currentTokenLocation();
                    String path = JsonLocations.path(parser.getParsingContext().pathAsPointer());
                    problems.add(new SummitFileException.Problem(path, at.getLineNr(), at.getColumnNr(),
                            token == JsonToken.FIELD_NAME ? "field name: " + problem : problem));
                }
            }
        }
        return problems;
    }

    /**
     * True when a document that parsed cannot hold a problem: JSON refuses raw C0 controls, so one can
     * only come as an escape (\\u, \\n, \\t ...), and DEL, C1 and surrogates show in the raw text. This scan of the
     * characters spares the second parse of nearly every file (a UN-sized file reads measurably faster).
     */
    private static boolean plainlyClean(String json) {
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '\\' && i + 1 < json.length()) {
                if ("ubfnrt".indexOf(json.charAt(i + 1)) >= 0) {
                    return false;
                }
                i++;
                continue;
            }
            if (c >= 0x7f && c <= 0x9f) {
                return false;
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < json.length() && Character.isLowSurrogate(json.charAt(i + 1))) {
                    i++;
                } else {
                    return false;
                }
            }
        }
        return true;
    }

    /** What is wrong with {@code text}, or null. */
    static String problem(String text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return String.format("a lone surrogate \\u%04x at character %d is not a character (half of an "
                        + "emoji or of a rare character, cut in two); write the whole character", (int) c, i + 1);
            } else if (isControl(c) && !(multiLine && (c == '\t' || c == '\n' || c == '\r'))) {
                return String.format("control character \\u%04x%s at character %d: %s", (int) c, name(c), i + 1,
                        multiLine ? "only tabs and line breaks are allowed among the characters that are not printed"
                                : "names, titles and other one-line texts take printable characters only");
            }
        }
        return null;
    }

    private static boolean isControl(char c) {
        return c < 0x20 || c == 0x7f || c >= 0x80 && c <= 0x9f;
    }

    private static String name(char c) {
        return switch (c) {
            case 0x1b -> " (ESC, starts a terminal escape sequence)";
            case 0x9b -> " (CSI, starts a terminal escape sequence)";
            case 0x07 -> " (BEL)";
            case 0x00 -> " (NUL)";
            case '\t' -> " (tab)";
            case '\n' -> " (line break)";
            case '\r' -> " (carriage return)";
            default -> "";
        };
    }
}
