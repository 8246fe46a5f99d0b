package org.summitplanner.store;

import org.summitplanner.errors.DatabaseException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;
import org.summitplanner.model.TeamRole;

/**
 * The team's roles on a PostgreSQL server, enforced by the server with roles and grants:
 * <ul>
 * <li>summit_organiser: reads and writes every table;</li>
 * <li>summit_planner: reads everything, writes attendees, their imports and their agenda places;</li>
 * <li>summit_printing: reads everything; the only write is a summit's calendar id (made once by the
 * first calendar export).</li>
 * </ul>
 * Every role reads the audit log and nobody writes it directly: the audit trigger writes it as the
 * owner (SECURITY DEFINER). Group roles are cluster-wide names; the grants are per database, so one
 * server can hold several team databases. {@link #setup} is idempotent: the owner runs it again after an
 * upgrade so that new tables are granted too.
 */
public final class TeamRoles {

    static final String ORGANISER = "summit_organiser";
    static final String PLANNER = "summit_planner";
    static final String PRINTING = "summit_printing";

    private static final Pattern LOGIN = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    /** What a planner writes. */
    private static final List<String> PLANNER_TABLES = List.of("attendee", "attendee_import", "agenda_attendee");

    private TeamRoles() {
    }

    private static String groupOf(TeamRole role) {
        return switch (role) {
            case ORGANISER -> ORGANISER;
            case PLANNER -> PLANNER;
            case PRINTING -> PRINTING;
        };
    }

    /**
     * Creates the three group roles (if missing) and grants them their rights on this database.
     * Needs the database's owner with the right to create roles (a superuser, or CREATEROLE).
     *
     * @throws DatabaseException when the login may not do it, or on an H2 file
     */
    public static void setup(Database database) {
        requireServer(database);
        try {
            database.dsl().transaction(tx -> {
                DSLContext db = tx.dsl();
                for (String group : List.of(ORGANISER, PLANNER, PRINTING)) {
                    if (!db.fetchExists(DSL.selectOne().from(DSL.table("pg_roles")).where(DSL.field("rolname").eq(group)))) {
                        db.execute("CREATE ROLE " + group + " NOLOGIN");
                    }
                    db.execute("GRANT CONNECT ON DATABASE " + quoted(db, currentDatabase(db)) + " TO " + group);
                    db.execute("GRANT USAGE ON SCHEMA " + quoted(db, currentSchema(db)) + " TO " + group);
                    db.execute("GRANT SELECT ON ALL TABLES IN SCHEMA " + quoted(db, currentSchema(db)) + " TO " + group);
                }
                String schema = quoted(db, currentSchema(db));
                db.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema + " TO " + ORGANISER);
                db.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + ORGANISER + ", " + PLANNER);
                for (String table : PLANNER_TABLES) {
                    db.execute("GRANT INSERT, UPDATE, DELETE ON " + table + " TO " + PLANNER);
                }
                // an import locks its summit (SELECT ... FOR UPDATE needs an UPDATE right) and a calendar export
                // stores the summit's calendar id once: that one column, and nothing else of the summit
                db.execute("GRANT UPDATE (calendar_uid) ON summit TO " + PLANNER + ", " + PRINTING);
                // the history of changes is written by the audit trigger alone; nobody changes it by hand
                db.execute("REVOKE INSERT, UPDATE, DELETE ON audit_log FROM " + ORGANISER);
                // nor marks a bulk write (V13): only summit_bulk_begin, which writes the BULK entry, does
                db.execute("REVOKE INSERT, UPDATE, DELETE ON audit_bulk FROM " + ORGANISER);
                db.execute("REVOKE ALL ON flyway_schema_history FROM " + ORGANISER + ", " + PLANNER + ", " + PRINTING);
                db.execute("GRANT SELECT ON flyway_schema_history TO " + ORGANISER + ", " + PLANNER + ", " + PRINTING);
            });
        } catch (RuntimeException e) {
            if (PgErrors.isPermissionDenied(e)) {
                throw new DatabaseException("This login may not set up the team roles: run team-setup as the database's "
                        + "owner with the right to create roles (for example the server's postgres user). Nothing was "
                        + "changed.", e);
            }
            throw e;
        }
    }

    /**
     * Adds a login (or changes an existing one's role and password). The password is hashed by the
     * driver (SCRAM) before it leaves this program, so it is neither logged by the server nor stored in
     * plain text.
     *
     * @throws IllegalArgumentException for a name that is not a plain lower-case login name
     */
    public static void addUser(Database database, String name, TeamRole role, char[] password) {
        requireServer(database);
        checkLoginName(name);
        if (password == null || password.length < 8) {
            throw new IllegalArgumentException("The password of \"" + name + "\" must have at least 8 characters");
        }
        addUserChecked(database, name, role, password);
    }

    /** @throws IllegalArgumentException for a name that is not a plain lower-case login name, or is reserved */
    public static void checkLoginName(String name) {
        if (name == null || !LOGIN.matcher(name).matches()) {
            throw new IllegalArgumentException("\"" + name + "\" is not a login name: use lower-case letters, digits "
                    + "and '_' (at most 63, not starting with a digit)");
        }
        if (name.startsWith("summit_") || name.startsWith("pg_")) {
            throw new IllegalArgumentException("\"" + name + "\" is reserved (summit_ and pg_ names are roles, not "
                    + "logins)");
        }
    }

    private static void addUserChecked(Database database, String name, TeamRole role, char[] password) {
        try {
            database.dsl().connection(c -> {
                DSLContext db = DSL.using(c, org.jooq.SQLDialect.POSTGRES);
                boolean exists = db.fetchExists(DSL.selectOne().from(DSL.table("pg_roles"))
                        .where(DSL.field("rolname").eq(name)));
                db.execute(exists ? "ALTER ROLE " + name + " LOGIN" : "CREATE ROLE " + name + " LOGIN");
                for (TeamRole other : TeamRole.values()) {
                    db.execute((other == role ? "GRANT " : "REVOKE ") + groupOf(other) + (other == role ? " TO " : " FROM ")
                            + name);
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                pg.alterUserPassword(name, password, null);
            });
        } catch (RuntimeException e) {
            if (PgErrors.isPermissionDenied(e) || String.valueOf(e.getMessage()).contains("must have")) {
                throw new DatabaseException("This login may not add team members: run team-user as the database's owner "
                        + "with the right to create roles. Nothing was changed.", e);
            }
            if (String.valueOf(e.getMessage()).contains("role \"summit_")) {
                throw new DatabaseException("The team roles are missing: run team-setup first. Nothing was changed.", e);
            }
            throw e;
        }
    }

    /** The role of the logged-in user: the highest of the team roles it holds; the owner and H2's user organise. */
    public static TeamRole role(Database database) {
        if (!database.isServer()) {
            return TeamRole.ORGANISER;
        }
        return database.dsl().connectionResult(c -> role(c));
    }

    private static TeamRole role(Connection c) throws SQLException {
        try (var s = c.createStatement()) {
            try (var r = s.executeQuery("SELECT r.rolsuper OR pg_has_role(current_user, d.datdba, 'MEMBER')"
                    + " FROM pg_roles r, pg_database d WHERE r.rolname = current_user AND d.datname = current_database()")) {
                if (r.next() && r.getBoolean(1)) {
                    return TeamRole.ORGANISER;
                }
            }
            TeamRole best = TeamRole.PRINTING;
            try (var m = s.executeQuery("SELECT rolname FROM pg_roles WHERE rolname IN ('" + ORGANISER + "', '" + PLANNER
                    + "') AND pg_has_role(current_user, oid, 'MEMBER')")) {
                while (m.next()) {
                    TeamRole held = ORGANISER.equals(m.getString(1)) ? TeamRole.ORGANISER : TeamRole.PLANNER;
                    if (held.ordinal() < best.ordinal()) {
                        best = held;
                    }
                }
            }
            // no team role at all: the server refuses every write anyway, so the window offers none
            return best;
        }
    }

    private static void requireServer(Database database) {
        if (!database.isServer()) {
            throw new DatabaseException(database.description() + " is a database file of one user: team roles need a "
                    + "team database (--db postgresql://HOST[:PORT]/DATABASE).");
        }
    }

    private static String currentDatabase(DSLContext db) {
        return db.fetchValue("SELECT current_database()").toString();
    }

    private static String currentSchema(DSLContext db) {
        return db.fetchValue("SELECT current_schema()").toString();
    }

    private static String quoted(DSLContext db, String name) {
        return db.render(DSL.name(name));
    }
}
