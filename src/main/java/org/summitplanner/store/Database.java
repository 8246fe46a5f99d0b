package org.summitplanner.store;

import org.summitplanner.errors.DiskWriteException;
import org.summitplanner.errors.DatabaseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open Summit Planner database: an embedded H2 file (or, for tests, an in-memory database),
 * migrated to the current schema.
 *
 * <p>The URL is built here and only here. User input contributes a file path and nothing else:
 * a path that could carry H2 settings (a ';') is refused, so no INIT or RUNSCRIPT can be smuggled
 * in. The same flags are used by the build's code generation (see pom.xml): H2 does not store
 * them in the file, so a file must always be opened with them.
 */
public final class Database implements AutoCloseable {

    /** Flags every URL carries; pom.xml's codegen.db.url must carry the same. */
    public static final String URL_FLAGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    public static final String FILE_SUFFIX = ".mv.db";

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final String MIGRATIONS = "classpath:db/migration";
    /** Opening a file only to look: H2 then writes nothing to it. */
    private static final String READ_ONLY_FLAGS = ";ACCESS_MODE_DATA=r;TRACE_LEVEL_FILE=0";

    /**
     * Run-time settings of a file database (not stored in the file): H2 writes its own error trace
     * to our log (owner-only) through SLF4J instead of a ".trace.db" file beside the database, which
     * would hold SQL statements with their values (names, emails) readable by others.
     */
    private static final String RUNTIME_FLAGS = ";TRACE_LEVEL_FILE=4";
    /**
     * A file opened for writing is stored by the thread that writes, never by H2's background writer:
     * with WRITE_DELAY above 0 that thread stores the maps one by one while a transaction goes on writing
     * them, and a kill after such a store can leave part of an uncommitted import that H2's rollback no
     * longer removes (docs/decisions/0036-crash-probe.md). With 0, H2 stores at each commit and whenever
     * its write buffer is full, in the committing or writing thread.
     */
    private static final String WRITING_FLAGS = ";WRITE_DELAY=0";
    private static final String REMOVED = "The new database file, which could not be completed, was removed.";
    static final String DEFAULT_FILE_SYSTEM = "file";
    /**
     * H2's file system for database files: "file" (the disk). Tests swap in one that runs out of
     * space (FullDisk), so that the real commands meet a real write failure.
     */
    static volatile String fileSystem = DEFAULT_FILE_SYSTEM;

    private final JdbcConnectionPool pool;
    /** For a PostgreSQL server: the connection pool (H2's pool is then null). */
    private final AutoCloseable serverPool;
    /** For a PostgreSQL server: where it is, to listen for other clients' changes. */
    private final PgLocation server;
    private final DataSource serverDataSource;
    /** Where the connections come from: jOOQ's, and plain JDBC's where jOOQ would cost (see {@link #dataSource}). */
    private final DataSource dataSource;
    /** jOOQ's dialect, as a flag: naming SQLDialect here would load jOOQ with the first database. */
    private final boolean postgres;
    /** Made on first use: a command that reads through plain JDBC alone never loads jOOQ (a fifth of its start). */
    private DSLContext dsl;
    private final String description;
    /** For a file database: stops all writing after a failed write (a full disk). */
    private final StorageGuard guard;
    /** The data file when this open created it (removed again if a failed write leaves it unopenable). */
    private final Path createdFile;

    private Database(JdbcConnectionPool pool, String description) {
        this(pool, pool, description, null, null);
    }

    private Database(JdbcConnectionPool pool, DataSource dataSource, String description, StorageGuard guard,
                     Path createdFile) {
        this.pool = pool;
        this.serverPool = null;
        this.server = null;
        this.serverDataSource = null;
        this.description = description;
        this.guard = guard;
        this.createdFile = createdFile;
        this.dataSource = dataSource;
        this.postgres = false;
    }

    /** A PostgreSQL server database: the same generated jOOQ code, rendered for PostgreSQL. */
    private Database(DataSource dataSource, AutoCloseable serverPool, PgLocation server, String description) {
        this.pool = null;
        this.serverPool = serverPool;
        this.server = server;
        this.serverDataSource = dataSource;
        this.description = description;
        this.guard = null;
        this.createdFile = null;
        this.dataSource = dataSource;
        this.postgres = true;
    }

    /**
     * Opens a team database on a PostgreSQL server and brings its schema up to date (which needs the
     * database's owner: {@code team-setup}). H2's file checks (StorageGuard, H2Internals, SchemaState,
     * MigrationHistory) are about an embedded file and do not apply; a schema written by a newer
     * Summit Planner, or a database of another program, is refused the same way.
     *
     * @param password not kept: it goes to the driver and the array is cleared by the caller
     * @throws DatabaseException with a message for the user (server unreachable, login refused, ...)
     */
    public static Database openPostgres(PgLocation location, String user, char[] password, Consumer<String> status) {
        status.accept(StatusTexts.text("status.connecting", location));
        javax.sql.DataSource dataSource;
        AutoCloseable closer;
        com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
        config.setJdbcUrl(location.jdbcUrl());
        config.setUsername(user);
        config.setPassword(password == null ? null : new String(password));
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(1);
        config.setPoolName("summit-planner");
        // fail at once with the driver's reason instead of retrying for 30 s
        config.setInitializationFailTimeout(1);
        config.setConnectionTimeout(10_000);
        location.driverProperties().forEach(config::addDataSourceProperty);
        try {
            com.zaxxer.hikari.HikariDataSource hikari = new com.zaxxer.hikari.HikariDataSource(config);
            dataSource = hikari;
            closer = hikari;
        } catch (RuntimeException e) {
            throw new DatabaseException(PgErrors.openFailure(location, user, e), e);
        }
        String description = location + " as " + user;
        try {
            refuseForeignOrNewerServer(dataSource, location);
            migrate(dataSource, location.toString(), status);
        } catch (RuntimeException e) {
            closeQuietly(closer);
            if (e instanceof DatabaseException) {
                throw PgErrors.explainMigration(location, user, (DatabaseException) e);
            }
            throw e;
        }
        return new Database(dataSource, closer, location, description);
    }

    private static void refuseForeignOrNewerServer(DataSource dataSource, PgLocation location) {
        Flyway flyway = flyway(dataSource).load();
        MigrationInfo[] applied;
        try {
            applied = flyway.info().applied();
        } catch (FlywayException e) {
            throw new DatabaseException("Cannot read the schema version of " + location + ": " + e.getMessage(), e);
        }
        for (MigrationInfo info : applied) {
            if (info.getState() == MigrationState.FUTURE_SUCCESS || info.getState() == MigrationState.FUTURE_FAILED) {
                throw new DatabaseException(location + " was written by a newer Summit Planner (schema version "
                        + flyway.info().current().getVersion() + "). Update Summit Planner to open it; nothing was changed.");
            }
        }
        if (applied.length == 0) {
            try (Connection c = dataSource.getConnection();
                 var rs = c.createStatement().executeQuery(
                         "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()")) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    throw new DatabaseException(location + " holds tables of another program, not a Summit Planner "
                            + "database. Nothing was changed.");
                }
            } catch (SQLException e) {
                throw new DatabaseException("Cannot read " + location + ": " + e.getMessage(), e);
            }
        }
    }

    private static void closeQuietly(AutoCloseable closer) {
        try {
            closer.close();
        } catch (Exception e) {
            LOG.debug("closing the connection pool", e);
        }
    }

    /**
     * A feed of the summits that other clients (or this one) change, listening from now on: each
     * {@link ChangeFeed#poll()} calls {@code onSummitChanged} with the id of each summit changed since
     * the last poll (-1 when a change belongs to no summit). On an H2 file, which one program has
     * open, nothing is ever heard. Close it to stop.
     */
    public ChangeFeed listen(java.util.function.LongConsumer onSummitChanged) {
        return new ChangeFeed(server == null ? null : serverDataSource, onSummitChanged).open();
    }

    /** The PostgreSQL server this database is on, or null for an H2 file. */
    public PgLocation server() {
        return server;
    }

    /** Whether this is a team database on a PostgreSQL server. */
    public boolean isServer() {
        return server != null;
    }

    /**
     * Opens (creating if needed) the database stored in {@code file}, and migrates it.
     *
     * @param file the database file: "x.mv.db", or "x" meaning "x.mv.db"
     * @param status receives short progress messages while the database is checked and migrated
     * @throws DatabaseException with a message for the user when the file is not a Summit Planner
     *         database, was written by a newer version, or is in use; the file is then not changed
     */
    public static Database openFile(Path file, Consumer<String> status) {
        return open(file, status, false);
    }

    /**
     * Opens the database for commands that only read (summits, check, print, ics, export): like
     * {@link #openFile}, except that a read-only file (or a file in a read-only folder) whose schema
     * is current is opened read-only instead of being refused. The caller must not write.
     */
    public static Database openFileForReading(Path file, Consumer<String> status) {
        return open(file, status, true);
    }

    /**
     * Opens the database for commands that never write (summits, export): like {@link #openFileForReading},
     * and a file whose schema is current and that holds no save a crash left unfinished is then read through
     * the read-only connection that checked it. H2 opens the file once instead of twice, and closing it
     * writes (and compacts) nothing. The caller must not write.
     */
    public static Database openFileWithoutWriting(Path file, Consumer<String> status) {
        return open(file, status, true, true);
    }

    /**
     * Creates and migrates a database file that nobody opens before the caller has closed it and put it in
     * place whole ({@code files.PartialFile}, for {@code load} into a new file). It is opened without
     * {@link #WRITING_FLAGS}: H2's background writer may store it while it is filled, on another core, instead
     * of the writing thread storing it at every commit (the migrations' many) and whenever its buffer is full.
     * The gap that flag closes (decision 0036) needs a killed process's file to be opened again; a process
     * killed while filling this one leaves a partial file that is never opened, only removed, and a file
     * closed normally is stored whole by the close.
     *
     * @throws DatabaseException when the file exists
     */
    public static Database openNewFile(Path file, Consumer<String> status) {
        if (Files.exists(dataFile(file))) {
            throw new DatabaseException(dataFile(file) + " exists; a new database file was expected. Nothing was changed.");
        }
        return open(file, status, false, false, "");
    }

    private static Database open(Path file, Consumer<String> status, boolean readingOnly) {
        return open(file, status, readingOnly, false);
    }

    private static Database open(Path file, Consumer<String> status, boolean readingOnly, boolean neverWrites) {
        return open(file, status, readingOnly, neverWrites, WRITING_FLAGS);
    }

    private static Database open(Path file, Consumer<String> status, boolean readingOnly, boolean neverWrites,
                                 String writingFlags) {
        Path dataFile = dataFile(file);
        String base = dataFile.toString().substring(0, dataFile.toString().length() - FILE_SUFFIX.length());
        boolean exists = Files.exists(dataFile);
        boolean current = false;
        if (exists) {
            DatabaseFiles.requireOrdinaryFile(dataFile);
            requireH2File(dataFile);
            // inspect read-only first, so that a file we refuse is left exactly as it was
            status.accept(StatusTexts.text("status.checking", dataFile.getFileName()));
            JdbcConnectionPool readOnly = pool("jdbc:h2:" + fileSystem + ":" + base + URL_FLAGS + READ_ONLY_FLAGS,
                    dataFile);
            try {
                // a schema exactly as this build makes it needs no Flyway at all (see SchemaState)
                current = SchemaState.isCurrent(readOnly);
                boolean pending = !current && refuseForeignOrNewer(readOnly, dataFile);
                if (neverWrites && current && !H2Internals.hasLeftoverTransactions(readOnly)) {
                    Database database = new Database(readOnly, dataFile.toString());
                    readOnly = null;
                    return database;
                }
                String readOnlyBecause = DatabaseFiles.readOnlyReason(dataFile);
                if (readOnlyBecause != null) {
                    if (!readingOnly) {
                        throw new DatabaseException(dataFile + " is read only (" + readOnlyBecause + "), and this "
                                + "command changes the database. Make it writable (chmod u+w), or work on a copy. "
                                + "Nothing was changed.");
                    }
                    if (pending) {
                        throw new DatabaseException(dataFile + " is read only (" + readOnlyBecause + ") and was "
                                + "written by an older Summit Planner: it must be brought up to date once, which "
                                + "needs writing. Make it writable (chmod u+w), or work on a copy. Nothing was changed.");
                    }
                    Database database = new Database(readOnly, dataFile + " (read only)");
                    readOnly = null;
                    return database;
                }
            } finally {
                if (readOnly != null) {
                    readOnly.dispose();
                }
            }
        } else {
            DatabaseFiles.createFolderFor(dataFile);
        }
        boolean created = !exists;
        JdbcConnectionPool pool;
        try {
            pool = pool("jdbc:h2:" + fileSystem + ":" + base + URL_FLAGS + RUNTIME_FLAGS + writingFlags, dataFile);
            if (created) {
                DatabaseFiles.makePrivate(dataFile);
            }
        } catch (RuntimeException e) {
            if (created && discardIfUnopenable(dataFile) && e instanceof DiskWriteException failed) {
                throw failed.with(REMOVED);
            }
            throw e;
        }
        StorageGuard guard = new StorageGuard(pool, dataFile);
        try {
            finishInterruptedCommits(guard, dataFile, status);
            if (!current) {
                migrate(guard, dataFile.toString(), status);
            }
        } catch (RuntimeException e) {
            DiskWriteException failed = guard.failure();
            pool.dispose();
            if (created && failed != null && discardIfUnopenable(dataFile)) {
                throw failed.with(REMOVED);
            }
            throw failed != null ? failed : e;
        }
        return new Database(pool, guard, dataFile.toString(), guard, created ? dataFile : null);
    }

    /**
     * Finishes what a crash interrupted inside H2 before anyone reads the file: a commit that was
     * being applied when the process died (see {@link H2Internals}).
     */
    private static void finishInterruptedCommits(DataSource dataSource, Path dataFile, Consumer<String> status) {
        try (Connection c = dataSource.getConnection()) {
            status.accept(StatusTexts.text("status.checking", dataFile.getFileName()));
            int finished = H2Internals.finishInterruptedCommits(c);
            if (finished > 0) {
                LOG.info("{}: finished {} save(s) interrupted by a crash", dataFile, finished);
            }
        } catch (SQLException e) {
            throw new DatabaseException(openFailure(dataFile, e), e);
        }
    }

    /**
     * Removes a database file that this run created and that a failed write left unopenable, so
     * that a full disk leaves no half-made database behind. A file that opens is kept.
     */
    private static boolean discardIfUnopenable(Path dataFile) {
        if (!Files.exists(dataFile)) {
            return false;
        }
        try {
            if (Files.size(dataFile) > 0) {
                requireH2File(dataFile);
                String base = dataFile.toString().substring(0, dataFile.toString().length() - FILE_SUFFIX.length());
                JdbcConnectionPool check = pool("jdbc:h2:" + fileSystem + ":" + base + URL_FLAGS
                        + ";ACCESS_MODE_DATA=r" + RUNTIME_FLAGS, dataFile);
                try {
                    refuseForeignOrNewer(check, dataFile);
                    if (flyway(check).load().validateWithResult().validationSuccessful) {
                        return false;
                    }
                } finally {
                    check.dispose();
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("{} does not open after the failed write", dataFile, e);
        }
        try {
            Files.deleteIfExists(dataFile);
            LOG.info("Removed {}: it was being created when writing failed, and it does not open", dataFile);
            return true;
        } catch (IOException e) {
            LOG.warn("Cannot remove the half-made {}", dataFile, e);
            return false;
        }
    }

    /** A fresh in-memory database, migrated; it lives until closed. For tests and tools. */
    public static Database openInMemory(String name) {
        if (!name.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("bad in-memory database name: " + name);
        }
        JdbcConnectionPool pool = pool("jdbc:h2:mem:" + name + URL_FLAGS + ";DB_CLOSE_DELAY=-1", Path.of(name));
        migrate(pool, "mem:" + name, s -> { });
        return new Database(pool, "mem:" + name);
    }

    /** The H2 data file for what the user named: "x.mv.db" as is, "x" as "x.mv.db". */
    public static Path dataFile(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String text = absolute.toString();
        if (text.indexOf(';') >= 0) {
            throw new DatabaseException("A database path cannot contain ';': " + file);
        }
        if (text.endsWith(FILE_SUFFIX)) {
            return absolute;
        }
        if (Files.isDirectory(absolute)) {
            throw new DatabaseException(file + " is a folder; name a database file (ending in " + FILE_SUFFIX + ")");
        }
        if (Files.exists(absolute)) {
            DatabaseFiles.requireOrdinaryFile(absolute);
            throw new DatabaseException(file + " is not a Summit Planner database (its name does not end in "
                    + FILE_SUFFIX + "); nothing was changed");
        }
        return Path.of(text + FILE_SUFFIX);
    }

    public synchronized DSLContext dsl() {
        if (dsl == null) {
            dsl = DSL.using(dataSource, postgres ? SQLDialect.POSTGRES : SQLDialect.H2, new Settings()
                    .withRenderSchema(false)
                    .withExecuteLogging(false));
        }
        return dsl;
    }

    /** jOOQ on one connection (a transaction in plain JDBC), with the settings of {@link #dsl()}. */
    DSLContext dsl(Connection connection) {
        return DSL.using(connection, postgres ? SQLDialect.POSTGRES : SQLDialect.H2, new Settings()
                .withRenderSchema(false)
                .withExecuteLogging(false));
    }

    /**
     * The connections behind {@link #dsl()}, for plain JDBC where jOOQ costs more than the work (a short
     * command's one listing): the same pool, guard and transactions' isolation.
     */
    DataSource dataSource() {
        return dataSource;
    }

    /** Where the data lives, for messages and titles. */
    public String description() {
        return description;
    }

    /** The failed write that stopped this database, if any (a full disk): nothing is written after it. */
    public java.util.Optional<DiskWriteException> writeFailure() {
        return java.util.Optional.ofNullable(guard == null ? null : guard.failure());
    }

    @Override
    public void close() {
        if (serverPool != null) {
            closeQuietly(serverPool);
            return;
        }
        DiskWriteException before = guard == null ? null : guard.failure();
        pool.dispose();
        DiskWriteException after = guard == null ? null : guard.failure();
        boolean removed = after != null && createdFile != null && discardIfUnopenable(createdFile);
        if (before == null && after != null) {
            // H2 writes the last changes as it closes: failing there fails what the caller saved
            throw after.with(removed ? REMOVED : "The last changes were being written as the database closed.");
        }
    }

    private static JdbcConnectionPool pool(String url, Path forMessages) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(8);
        try (Connection ignored = pool.getConnection()) {
            return pool;
        } catch (SQLException e) {
            pool.dispose();
            if (causedByFullDisk(e)) {
                throw DiskWriteException.of(forMessages, e);
            }
            throw new DatabaseException(openFailure(forMessages, e), e);
        }
    }

    private static String openFailure(Path file, SQLException e) {
        return switch (e.getErrorCode()) {
            case 90020 -> file + " is already open in another Summit Planner (or another program). "
                    + "Close it there first.";
            case 90030, 90048, 90049, 90050 -> file + " is not a readable Summit Planner database ("
                    + firstLine(e.getMessage()) + "). Nothing was changed.";
            default -> "Cannot open " + file + ": " + firstLine(e.getMessage());
        };
    }

    private static boolean causedByFullDisk(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof IOException && String.valueOf(t.getMessage()).contains("No space left")) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** An H2 2.x MVStore file starts with a text header "H:2,...". */
    private static void requireH2File(Path dataFile) {
        byte[] head = new byte[16];
        int read;
        try (InputStream in = Files.newInputStream(dataFile)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new DatabaseException("Cannot read " + dataFile + ": " + e.getMessage(), e);
        }
        String text = new String(Arrays.copyOf(head, read), StandardCharsets.ISO_8859_1);
        if (!text.startsWith("H:2,") && !text.startsWith("{H:2,")) {
            throw new DatabaseException(dataFile + " is not an H2 database file, so not a Summit Planner "
                    + "database. Nothing was changed.");
        }
    }

    /**
     * Refuses a file whose migration history is not ours (newer, changed, unknown, another
     * program's) through a read-only connection, before Flyway may write anything; returns true
     * when migrations of this build are still to be applied (an older database of ours).
     */
    private static boolean refuseForeignOrNewer(DataSource dataSource, Path dataFile) {
        Flyway flyway = flyway(dataSource).load();
        MigrationInfo[] applied;
        try {
            applied = flyway.info().applied();
        } catch (FlywayException e) {
            throw new DatabaseException("Cannot read the schema version of " + dataFile + ": " + e.getMessage(), e);
        }
        for (MigrationInfo info : applied) {
            if (info.getState() == MigrationState.FUTURE_SUCCESS || info.getState() == MigrationState.FUTURE_FAILED) {
                MigrationInfo current = flyway.info().current();
                throw new DatabaseException(dataFile + " was written by a newer Summit Planner (schema version "
                        + current.getVersion() + "). Update Summit Planner to open it; nothing was changed.");
            }
        }
        if (applied.length == 0 && hasTables(dataSource)) {
            throw new DatabaseException(dataFile + " is an H2 database of another program, not a Summit Planner "
                    + "database. Nothing was changed.");
        }
        MigrationHistory.refuseMismatch(dataSource, applied, dataFile);
        return flyway.info().pending().length > 0;
    }

    private static boolean hasTables(DataSource dataSource) {
        try (Connection c = dataSource.getConnection();
             var rs = c.createStatement().executeQuery(
                     // every schema, whatever its case: a file made without our URL flags has "PUBLIC"
                     "SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_schema) <> 'information_schema'")) {
            rs.next();
            return rs.getInt(1) > 0;
        } catch (SQLException e) {
            throw new DatabaseException("Cannot read " + e.getMessage(), e);
        }
    }

    private static void migrate(DataSource dataSource, String where, Consumer<String> status) {
        Flyway flyway = flyway(dataSource)
                .callbacks(new ProgressCallback(status))
                .load();
        try {
            var result = flyway.migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info("Migrated {} to schema version {}", where, result.targetSchemaVersion);
            }
        } catch (FlywayException e) {
            throw new DatabaseException("Cannot bring " + where + " to the current schema: " + e.getMessage(), e);
        }
    }

    static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                // Java where H2 and PostgreSQL differ: the audit triggers (see V12__audit_log.sql), H2's identity blocks,
                // H2's foreign keys sharing the explicit indexes
                .javaMigrations(new V12_1__AuditTriggers(), new V13_1__BulkAudit(), new V20__IdentityCache(),
                        new V23__SharedForeignKeyIndexes())
                .cleanDisabled(true);
    }

    /** Tells the splash screen which migration is running. */
    private record ProgressCallback(Consumer<String> status) implements Callback {
        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.BEFORE_EACH_MIGRATE;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            MigrationInfo info = context.getMigrationInfo();
            status.accept(StatusTexts.text("status.migrating", info.getDescription(), info.getVersion()));
        }

        @Override
        public String getCallbackName() {
            return "progress";
        }
    }
}
