package org.summitplanner.service;

import java.util.List;
import java.util.function.Supplier;
import org.summitplanner.model.SummitOverview;
import org.summitplanner.store.Database;
import org.summitplanner.store.SummitOverviews;
import org.summitplanner.store.SummitStore;

/**
 * One open database and the services over it, made by {@link Services#open}: the window and every
 * command hold one and close it when done. Closing closes the database.
 */
public final class OpenServices implements AutoCloseable {

    private final Database database;
    private final Supplier<Services> makeServices;
    /** Built on first use: a command that only lists the summits needs none of them (nor jOOQ, which they load). */
    private Services services;

    OpenServices(Database database, Supplier<Services> makeServices) {
        this.database = database;
        this.makeServices = makeServices;
    }

    public synchronized Services services() {
        if (services == null) {
            services = makeServices.get();
        }
        return services;
    }

    /**
     * The summits alone, for a command that needs no other service (export): finding a summit and reading it
     * whole are plain JDBC, so without the other services (whose stores make jOOQ's DSLContext) an export
     * loads no jOOQ class. The services' own when they are built already.
     */
    public synchronized SummitService summits() {
        return services != null ? services.summits() : new SummitService(new SummitStore(database));
    }

    /** Every summit, ordered by id, with its counts: what the summits command lists, read in plain JDBC. */
    public List<SummitOverview> summitOverviews() {
        return new SummitOverviews(database).all();
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
