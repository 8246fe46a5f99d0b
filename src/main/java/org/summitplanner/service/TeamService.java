package org.summitplanner.service;

import org.summitplanner.model.TeamRole;
import org.summitplanner.store.Database;
import org.summitplanner.store.TeamRoles;

/**
 * The team side of a database: the logged-in user's role, setting up the roles, adding members.
 * On an H2 file there is one user, the organiser.
 */
public final class TeamService {

    private final Database database;
    private volatile TeamRole role;

    public TeamService(Database database) {
        this.database = database;
    }

    public boolean isTeamDatabase() {
        return database.isServer();
    }

    /** Where the data lives (a file, or server and user), for titles and the status bar. */
    public String description() {
        return database.description();
    }

    /** The logged-in user's role (read once: roles change rarely, and the server checks every write anyway). */
    public TeamRole role() {
        TeamRole known = role;
        if (known == null) {
            known = TeamRoles.role(database);
            role = known;
        }
        return known;
    }

    /**
     * Calls {@code onSummitChanged} with the id of each summit changed by any client of a team database,
     * within a fraction of a second of the change's commit (PostgreSQL LISTEN/NOTIFY), on a thread of
     * its own; on an H2 file never. Close the result to stop.
     */
    public AutoCloseable listen(java.util.function.LongConsumer onSummitChanged) {
        return database.listen(onSummitChanged);
    }

    /** The message for a write the server refused to the user's role, if {@code error} is one. */
    public static java.util.Optional<String> refusal(Throwable error) {
        return org.summitplanner.store.Refusals.in(error).map(RuntimeException::getMessage);
    }

    /** Creates the team roles and grants their rights (idempotent); the owner runs it. */
    public void setup() {
        TeamRoles.setup(database);
    }

    /** @throws IllegalArgumentException for a name that cannot be a login */
    public static void checkLoginName(String name) {
        TeamRoles.checkLoginName(name);
    }

    /** Adds a member with a role, or changes a member's role and password. */
    public void addUser(String name, TeamRole role, char[] password) {
        TeamRoles.addUser(database, name, role, password);
    }
}
