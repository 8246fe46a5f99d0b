package org.summitplanner.summitfile;

import java.util.List;
import java.util.stream.Collectors;

/** A summit file was refused as a whole; nothing was written. Lists every problem found. */
public class SummitFileException extends Exception {

    private final transient List<Problem> problems;

    public SummitFileException(String source, List<Problem> problems) {
        super(message(source, problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String message(String source, List<Problem> problems) {
        String head = source + ": refused, nothing was loaded ("
                + problems.size() + (problems.size() == 1 ? " problem)" : " problems)");
        return problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n", head + "\n", ""));
    }

    /**
     * One thing wrong with the file.
     *
     * @param path JSON path such as {@code $.attendees[3].nation}
     * @param line 1-based line, or 0 when unknown
     * @param column 1-based column, or 0 when unknown
     */
    public record Problem(String path, int line, int column, String message) {
        @Override
        public String toString() {
            String where = line > 0 ? "line " + line + ", column " + column + ", " : "";
            return where + path + ": " + message;
        }
    }
}
