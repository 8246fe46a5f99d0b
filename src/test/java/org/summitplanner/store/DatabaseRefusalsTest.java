package org.summitplanner.store;

import org.summitplanner.errors.DatabaseException;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitplanner.files.SpecialFiles;

/**
 * Issue 10, item 8: read-only files and folders, migration histories that are not ours, and
 * FIFOs are refused with a message before anything writes to the file; an older database of ours
 * is still brought up to date.
 */
class DatabaseRefusalsTest {

    @TempDir
    Path dir;

    private Path newDatabase(String name) {
        Path file = dir.resolve(name + ".mv.db");
        Database.openFile(file, s -> { }).close();
        return file;
    }

    private static void sql(Path file, String... statements) throws Exception {
        String base = file.toString().substring(0, file.toString().length() - ".mv.db".length());
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base + Database.URL_FLAGS, "sa", "");
             Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    @Test
    void aReadOnlyFileIsRefusedForWritingAndOpenedReadOnlyForReading() throws Exception {
        Path file = newDatabase("x");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(file);
        DatabaseException e = assertThrows(DatabaseException.class, () -> Database.openFile(file, s -> { }));
        assertEquals(file + " is read only (the file's permissions do not allow writing), and this command changes "
                + "the database. Make it writable (chmod u+w), or work on a copy. Nothing was changed.", e.getMessage());
        try (Database db = Database.openFileForReading(file, s -> { })) {
            assertEquals(252, new SummitStore(db).nations().size());
            assertEquals(file + " (read only)", db.description());
        }
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aReadOnlyFolderIsRefusedForWritingAndForANewDatabase() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("archive"));
        Path file = folder.resolve("x.mv.db");
        Database.openFile(file, s -> { }).close();
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            byte[] before = Files.readAllBytes(file);
            DatabaseException e = assertThrows(DatabaseException.class, () -> Database.openFile(file, s -> { }));
            assertTrue(e.getMessage().contains("is read only (its folder " + folder + " does not allow writing)"),
                    e.getMessage());
            DatabaseException created = assertThrows(DatabaseException.class,
                    () -> Database.openFile(folder.resolve("new"), s -> { }));
            assertTrue(created.getMessage().contains("is read only"), created.getMessage());
            assertFalse(Files.exists(folder.resolve("new.mv.db")));
            Database.openFileForReading(file, s -> { }).close();
            assertArrayEquals(before, Files.readAllBytes(file));
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aChangedChecksumIsRefusedBeforeFlywayTouchesTheFile() throws Exception {
        Path file = newDatabase("x");
        sql(file, "UPDATE flyway_schema_history SET checksum = 12345 WHERE version = '1'");
        byte[] before = Files.readAllBytes(file);
        DatabaseException e = assertThrows(DatabaseException.class, () -> Database.openFile(file, s -> { }));
        assertTrue(e.getMessage().startsWith(file + ": its migration history does not match this Summit Planner "
                + "(version 1: Migration checksum mismatch"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void anAppliedVersionWeDoNotHaveIsRefused() throws Exception {
        Path file = newDatabase("x");
        sql(file, "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, "
                + "installed_by, execution_time, success) VALUES (99, '2.5', 'something else', 'SQL', "
                + "'V2_5__something_else.sql', 42, 'sa', 1, TRUE)");
        byte[] before = Files.readAllBytes(file);
        DatabaseException e = assertThrows(DatabaseException.class, () -> Database.openFile(file, s -> { }));
        assertTrue(e.getMessage().contains("its migration history does not match") && e.getMessage().contains("2.5"),
                e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void theHistoryOfAnotherProgramIsRefused() throws Exception {
        Path file = dir.resolve("other.mv.db");
        sql(file, "CREATE TABLE flyway_schema_history (installed_rank INT PRIMARY KEY, version VARCHAR(50), "
                + "description VARCHAR(200) NOT NULL, type VARCHAR(20) NOT NULL, script VARCHAR(1000) NOT NULL, "
                + "checksum INT, installed_by VARCHAR(100) NOT NULL, installed_on TIMESTAMP DEFAULT CURRENT_TIMESTAMP "
                + "NOT NULL, execution_time INT NOT NULL, success BOOLEAN NOT NULL)",
                "INSERT INTO flyway_schema_history VALUES (1, '1', 'create invoices', 'SQL', "
                        + "'V1__create_invoices.sql', 987654, 'sa', CURRENT_TIMESTAMP, 3, TRUE)",
                "CREATE TABLE invoice (id INT PRIMARY KEY, amount DECIMAL(10, 2))");
        byte[] before = Files.readAllBytes(file);
        DatabaseException e = assertThrows(DatabaseException.class, () -> Database.openFileForReading(file, s -> { }));
        assertEquals(file + " is a database of another program: its migration history (begun by "
                + "V1__create_invoices.sql) is not Summit Planner's. Nothing was changed.", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void anOlderDatabaseOfOursIsStillBroughtUpToDate() throws Exception {
        Path file = dir.resolve("old.mv.db");
        String base = file.toString().substring(0, file.toString().length() - ".mv.db".length());
        Flyway.configure().dataSource("jdbc:h2:file:" + base + Database.URL_FLAGS, "sa", "")
                .locations("classpath:db/migration").target("3").load().migrate();
        try (Database db = Database.openFile(file, s -> { })) {
            int applied = db.dsl().fetchCount(db.dsl().selectFrom("flyway_schema_history").where("success"));
            assertTrue(applied >= 4, "V4 and later were applied: " + applied);
        }
    }

    @Test
    void aFifoAsTheDatabaseIsRefusedAtOnce() throws Exception {
        Path fifo = SpecialFiles.fifo(dir.resolve("pipe.mv.db"));
        DatabaseException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(DatabaseException.class, () -> Database.openFile(fifo, s -> { })));
        assertEquals("Cannot open the database " + fifo + ": it is a named pipe (FIFO), not a file. Nothing was changed.",
                e.getMessage());
        Path bare = SpecialFiles.fifo(dir.resolve("pipe"));
        assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(DatabaseException.class, () -> Database.openFileForReading(bare, s -> { })));
    }

    @Test
    void aNewDatabaseIsTheOwnersAlone() throws Exception {
        Path file = newDatabase("private");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        Path nested = dir.resolve("a/b/x.mv.db");
        Database.openFile(nested, s -> { }).close();
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a"))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a/b"))));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(nested)));
    }
}
