package org.summitplanner.store;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database server refused a change because the user's role may not make it (PostgreSQL
 * SQLSTATE 42501). Nothing was changed: the refused statement's transaction was rolled back.
 */
public final class PermissionDeniedException extends DatabaseException {

    private static final Pattern TABLE = Pattern.compile("permission denied for (?:table|relation|sequence) (\\w+)");

    private PermissionDeniedException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The refusal somewhere in {@code error}'s causes (or suppressed), as a message for the user. */
    public static Optional<PermissionDeniedException> in(Throwable error) {
        return find(error, new HashSet<>());
    }

    private static Optional<PermissionDeniedException> find(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return Optional.empty();
        }
        if (t instanceof PermissionDeniedException p) {
            return Optional.of(p);
        }
        if (t instanceof SQLException s && PgErrors.INSUFFICIENT_PRIVILEGE.equals(s.getSQLState())) {
            return Optional.of(of(s));
        }
        for (Throwable suppressed : t.getSuppressed()) {
            Optional<PermissionDeniedException> found = find(suppressed, seen);
            if (found.isPresent()) {
                return found;
            }
        }
        if (t instanceof SQLException s && s.getNextException() != null) {
            Optional<PermissionDeniedException> found = find(s.getNextException(), seen);
            if (found.isPresent()) {
                return found;
            }
        }
        return find(t.getCause(), seen);
    }

    static PermissionDeniedException of(SQLException e) {
        Matcher m = TABLE.matcher(String.valueOf(e.getMessage()));
        String what = m.find() ? " (" + m.group(1) + ")" : "";
        return new PermissionDeniedException("The database server refused this change" + what + ": your role may not "
                + "make it. Nothing was changed. Ask an organiser of the team database.", e);
    }
}
