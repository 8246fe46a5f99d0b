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
     * Other clients' changes on a team database (PostgreSQL LISTEN/NOTIFY), heard from now on: each
     * {@link Feed#poll()} calls {@code onSummitChanged} with the id of each summit changed since the
     * last poll, without waiting; on an H2 file never. The feed owns no thread: poll it on a worker a
     * few times a second. Close it to stop.
     */
    public Feed listen(java.util.function.LongConsumer onSummitChanged) {
        org.summitplanner.store.ChangeFeed feed = database.listen(onSummitChanged);
        return new Feed() {
            @Override
            public void poll() {
                feed.poll();
            }

            @Override
            public void close() {
                feed.close();
            }
        };
    }

    /** See {@link #listen}. */
    public interface Feed extends AutoCloseable {
        /** Hands the listener what arrived since the last poll; never waits. */
        void poll();

        @Override
        void close();
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
