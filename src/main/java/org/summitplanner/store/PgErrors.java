package org.summitplanner.store;

import org.summitplanner.errors.DatabaseException;
import java.sql.SQLException;

/** Turns what PostgreSQL and its driver answer into messages for the user (no stack traces). */
final class PgErrors {

    /** SQLSTATE of a statement the server refused for lack of privileges. */
    static final String INSUFFICIENT_PRIVILEGE = "42501";

    private PgErrors() {
    }

    static String openFailure(PgLocation location, String user, Throwable e) {
        SQLException sql = sqlCause(e);
        String state = sql == null ? null : sql.getSQLState();
        String reason = sql == null ? firstLine(e.getMessage()) : firstLine(sql.getMessage());
        if (state == null) {
            return "Cannot connect to " + location + ": " + reason;
        }
        return switch (state) {
            case "28P01", "28000" -> "The server " + location + " refused the login of \"" + user
                    + "\": wrong user name or password (" + reason + ").";
            case "3D000" -> "The server has no database \"" + location.database() + "\" (" + location
                    + "). Create it first: see the README, \"Team mode\".";
            case "08001", "08004", "08006" -> "Cannot reach the database server at " + location.host() + ":"
                    + location.port() + " (" + reason + "). Is it running, and is the address right?";
            default -> "Cannot connect to " + location + ": " + reason;
        };
    }

    /** A migration the user may not run: say who can. */
    static DatabaseException explainMigration(PgLocation location, String user, DatabaseException e) {
        if (isPermissionDenied(e)) {
            return new DatabaseException(location + " must first be brought up to this version of Summit Planner by "
                    + "its owner (summit-planner --db " + location + " --user OWNER team-setup); \"" + user
                    + "\" may not change the schema. Nothing was changed.", e);
        }
        return e;
    }

    static boolean isPermissionDenied(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && INSUFFICIENT_PRIVILEGE.equals(s.getSQLState())) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().contains("permission denied")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return s;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
