package org.summitplanner.store;

import org.summitplanner.errors.DatabaseException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a database whose schema is current skips Flyway: only when its history is exactly what Flyway
 * recorded for this build's scripts (the checksums computed here equal Flyway's own), and Flyway still
 * judges any other history.
 */
class SchemaStateTest {

    @TempDir
    Path dir;

    private JdbcConnectionPool pool(Path file) {
        String path = file.toString();
        return JdbcConnectionPool.create("jdbc:h2:file:" + path.substring(0, path.length() - Database.FILE_SUFFIX.length())
                + Database.URL_FLAGS, "sa", "");
    }

    @Test
    void aDatabaseFlywayMigratedIsCurrentWithTheChecksumsFlywayRecorded() throws Exception {
        Path file = dir.resolve("planner.mv.db");
        Database.openFile(file, s -> { }).close();
        JdbcConnectionPool pool = pool(file);
        try {
            assertEquals(SchemaState.migrations().size(), count(pool), "every script of the class path was applied");
            assertTrue(SchemaState.isCurrent(pool));
        } finally {
            pool.dispose();
        }
    }

    @Test
    void aHistoryThatDiffersIsLeftToFlywayWhichRefusesAChangedScript() throws Exception {
        Path file = dir.resolve("planner.mv.db");
        Database.openFile(file, s -> { }).close();
        JdbcConnectionPool pool = pool(file);
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '1'");
            assertFalse(SchemaState.isCurrent(pool));
        } finally {
            pool.dispose();
        }
        DatabaseException e = assertThrows(DatabaseException.class, () -> Database.openFile(file, s -> { }));
        assertTrue(e.getMessage().contains("checksum") || e.getMessage().contains("Validate"), e.getMessage());
    }

    @Test
    void aFileWithoutHistoryIsNotCurrent() throws Exception {
        JdbcConnectionPool pool = pool(dir.resolve("other.mv.db"));
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE notes (id INT)");
            assertFalse(SchemaState.isCurrent(pool));
        } finally {
            pool.dispose();
        }
    }

    private static int count(JdbcConnectionPool pool) throws Exception {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             var r = s.executeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE type IN ('SQL', 'JDBC')")) {
            r.next();
            return r.getInt(1);
        }
    }
}
