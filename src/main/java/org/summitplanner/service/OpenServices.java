package org.summitplanner.service;

import org.summitplanner.store.Database;

/**
 * One open database and the services over it, made by {@link Services#open}: the window and every
 * command hold one and close it when done. Closing closes the database.
 */
public final class OpenServices implements AutoCloseable {

    private final Database database;
    private final Services services;

    OpenServices(Database database, Services services) {
        this.database = database;
        this.services = services;
    }

    public Services services() {
        return services;
    }

    /** What the user opened, for titles, messages and the settings: the file, or postgresql://HOST:PORT/DB. */
    public String description() {
        return database.description();
    }

    /** True for a team database on a PostgreSQL server. */
    public boolean isServer() {
        return database.isServer();
    }

    /** The server's address (postgresql://HOST:PORT/DB), or null for a database file. */
    public String server() {
        return database.isServer() ? database.server().toString() : null;
    }

    @Override
    public void close() {
        database.close();
    }
}
