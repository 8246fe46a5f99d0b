package org.summitplanner.store;

import org.summitplanner.errors.DatabaseException;
import org.summitplanner.errors.DiskWriteException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The empty database of this build: an H2 file that this build's Flyway migrations (SQL and Java, V1 to the
 * last) brought to the current schema, made by {@code mvn package} (phase process-classes, {@link #main}) and
 * shipped in the jar beside this class. A new database file ({@code load}, {@code demo}, the window's first
 * start) starts as a copy of it instead of running every migration (about 0.85 s of CPU, a third of a
 * {@code load}); {@link Database} then only confirms with {@link SchemaState} that the copy's history is
 * exactly this build's migrations, as it does for any file it opens, and migrates as before when it is not
 * (or when the template is missing: a build without it, an IDE's class path). A team database on PostgreSQL
 * never uses it. See docs/decisions on perf-load.
 */
final class DatabaseTemplate {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseTemplate.class);

    /** The resource, beside this class in the jar (target/classes in a build). */
    static final String RESOURCE = "empty-database" + Database.FILE_SUFFIX;

    /** Off in tests that must meet a new file made by Flyway (and while the template itself is made). */
    static volatile boolean enabled = true;

    /** Where the template is read from: the resource; tests swap in another file (a stale template). */
    static volatile java.net.URL source = DatabaseTemplate.class.getResource(RESOURCE);

    private DatabaseTemplate() {
    }

    /** Whether this build carries the template (and it is in use). */
    static boolean available() {
        return enabled && source != null;
    }

    /**
     * Copies the template to {@code dataFile}, which does not exist yet: written whole under a temporary name
     * in the same folder (owner-only), then linked into place, so that the file at its name is always a whole
     * empty database and an existing file is never written over. Returns false, having written nothing, when
     * there is no template (or it is turned off, or the database goes through another H2 file system).
     *
     * @throws DiskWriteException when the copy cannot be written (a full disk); nothing is left behind
     */
    static boolean copyTo(Path dataFile) {
        if (!enabled || !Database.DEFAULT_FILE_SYSTEM.equals(Database.fileSystem)) {
            return false;
        }
        java.net.URL from = source;
        if (from == null) {
            return false;
        }
        InputStream in;
        try {
            in = from.openStream();
        } catch (IOException e) {
            LOG.warn("Cannot read the empty database of this build ({}); the new database is migrated instead", from, e);
            return false;
        }
        try (in) {
            Path partial = Files.createTempFile(dataFile.getParent(), "." + dataFile.getFileName() + ".", ".tmp");
            try {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                try {
                    // a link fails when the name is taken: nothing is ever written over
                    Files.createLink(dataFile, partial);
                } catch (FileAlreadyExistsException taken) {
                    throw taken;
                } catch (UnsupportedOperationException | IOException noLinks) {
                    // a file system without hard links (FAT, some shares): moved, refused if the name is taken
                    Files.move(partial, dataFile);
                }
            } finally {
                Files.deleteIfExists(partial);
            }
            return true;
        } catch (FileAlreadyExistsException e) {
            throw new DatabaseException(dataFile + " was created by another program while this one was creating it. "
                    + "Nothing was changed.", e);
        } catch (IOException e) {
            throw DiskWriteException.of(dataFile, e);
        }
    }

    /**
     * Makes the template (the build runs this): {@code args[0]} is the file to write. The migrations run on a
     * new file in a temporary folder, exactly as for a new database without a template; H2 then compacts it
     * fully as it shuts down.
     */
    public static void main(String[] args) throws IOException, SQLException {
        Path target = Path.of(args[0]).toAbsolutePath();
        enabled = false;
        Path work = Files.createTempDirectory("summit-planner-template");
        Path base = work.resolve("empty");
        try {
            try (Database database = Database.openFile(base, status -> { })) {
                LOG.debug("made {}", database.description());
            }
            String url = "jdbc:h2:" + base + Database.URL_FLAGS;
            try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN COMPACT");
            }
            Files.createDirectories(target.getParent());
            Files.move(Path.of(base + Database.FILE_SUFFIX), target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            try (var files = Files.list(work)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(work);
        }
    }
}
