package org.summitplanner.store;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.summitplanner.errors.PermissionDeniedException;

/**
 * Finds a write the database server refused to the user's role in a failure, whether it is
 * already a {@link PermissionDeniedException} or still the driver's SQLException (SQLSTATE 42501)
 * somewhere in its causes, suppressed or chained exceptions. The JDBC part of what used to be
 * PermissionDeniedException.in: the exception itself now lives in org.summitplanner.errors, which
 * may not use java.sql.
 */
public final class Refusals {

    private static final Pattern TABLE = Pattern.compile("permission denied for (?:table|relation|sequence) (\\w+)");

    private Refusals() {
    }

    /** The refusal in {@code error}, if there is one. */
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
