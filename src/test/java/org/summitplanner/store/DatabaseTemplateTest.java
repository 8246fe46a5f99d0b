package org.summitplanner.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitplanner.errors.DatabaseException;

/** A new database file made from this build's empty database (DatabaseTemplate) instead of by Flyway. */
class DatabaseTemplateTest {

    @TempDir
    Path dir;

    @AfterEach
    void restore() {
        DatabaseTemplate.enabled = true;
        DatabaseTemplate.source = DatabaseTemplate.class.getResource(DatabaseTemplate.RESOURCE);
    }

    @Test
    void theBuildMakesTheEmptyDatabase() {
        assertTrue(DatabaseTemplate.available(), "mvn's process-classes makes " + DatabaseTemplate.RESOURCE);
    }

    @Test
    void aNewFileFromTheTemplateHasExactlyTheSchemaAndRowsFlywayMakes() throws Exception {
        Path fromTemplate = dir.resolve("template.mv.db");
        List<String> progress = new ArrayList<>();
        Database.openFile(fromTemplate, progress::add).close();
        assertTrue(progress.stream().noneMatch(p -> p.startsWith("Preparing")), "no migration ran: " + progress);

        Path migrated = dir.resolve("migrated.mv.db");
        DatabaseTemplate.enabled = false;
        List<String> migrating = new ArrayList<>();
        Database.openFile(migrated, migrating::add).close();
        assertTrue(migrating.stream().anyMatch(p -> p.startsWith("Preparing")), "Flyway ran: " + migrating);

        assertEquals(describe(migrated), describe(fromTemplate));
    }

    @Test
    void theNewFileIsOwnerOnlyAndNothingElseIsLeftInItsFolder() throws Exception {
        Path file = dir.resolve("planner.mv.db");
        try (Database db = Database.openFile(file, s -> { })) {
            assertEquals(252, new SummitStore(db).nations().size());
        }
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void aTemplateWhoseHistoryIsNotThisBuildsIsDroppedAndTheFileMigrated() throws Exception {
        // a stale template: made by Flyway, then one script's checksum changed
        Path stale = dir.resolve("stale.mv.db");
        DatabaseTemplate.enabled = false;
        Database.openFile(stale, s -> { }).close();
        DatabaseTemplate.enabled = true;
        try (Connection c = java.sql.DriverManager.getConnection(url(stale), "sa", ""); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '1'");
            s.execute("SHUTDOWN");
        }
        DatabaseTemplate.source = stale.toUri().toURL();

        Path file = dir.resolve("new.mv.db");
        List<String> progress = new ArrayList<>();
        try (Database db = Database.openFile(file, progress::add)) {
            assertEquals(252, new SummitStore(db).nations().size());
        }
        assertTrue(progress.stream().anyMatch(p -> p.startsWith("Preparing")), "migrated instead: " + progress);
        JdbcConnectionPool pool = pool(file);
        try {
            assertTrue(SchemaState.isCurrent(pool));
        } finally {
            pool.dispose();
        }
    }

    @Test
    void withoutATemplateANewFileIsMigrated() {
        DatabaseTemplate.source = null;
        assertFalse(DatabaseTemplate.available());
        List<String> progress = new ArrayList<>();
        Database.openFile(dir.resolve("planner"), progress::add).close();
        assertTrue(progress.stream().anyMatch(p -> p.startsWith("Preparing")), "migrated: " + progress);
    }

    @Test
    void theCopyNeverWritesOverAFile() throws Exception {
        Path file = dir.resolve("taken.mv.db");
        byte[] mine = "someone else's file".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(file, mine);
        DatabaseException e = assertThrows(DatabaseException.class, () -> DatabaseTemplate.copyTo(file));
        assertTrue(e.getMessage().contains("created by another program"), e.getMessage());
        assertArrayEquals(mine, Files.readAllBytes(file));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    private static String url(Path file) {
        String path = file.toString();
        return "jdbc:h2:file:" + path.substring(0, path.length() - Database.FILE_SUFFIX.length()) + Database.URL_FLAGS;
    }

    private static JdbcConnectionPool pool(Path file) {
        return JdbcConnectionPool.create(url(file), "sa", "");
    }

    /** Tables, columns, indexes, constraints, triggers, sequences, the nations and Flyway's history (but its times). */
    private static String describe(Path file) throws SQLException {
        JdbcConnectionPool pool = pool(file);
        StringBuilder out = new StringBuilder();
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            for (String query : List.of(
                    "SELECT table_name, table_type FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
                    "SELECT table_name, column_name, ordinal_position, data_type, character_maximum_length, is_nullable,"
                            + " column_default, is_identity FROM information_schema.columns WHERE table_schema = 'public'"
                            + " ORDER BY 1, 3",
                    "SELECT table_name, index_name, index_type_name FROM information_schema.indexes"
                            + " WHERE table_schema = 'public' ORDER BY 1, 2",
                    "SELECT table_name, index_name, column_name, ordinal_position FROM information_schema.index_columns"
                            + " WHERE table_schema = 'public' ORDER BY 1, 2, 4",
                    "SELECT table_name, constraint_name, constraint_type FROM information_schema.table_constraints"
                            + " WHERE table_schema = 'public' ORDER BY 1, 2",
                    "SELECT constraint_name, check_clause FROM information_schema.check_constraints"
                            + " WHERE constraint_schema = 'public' ORDER BY 1",
                    "SELECT trigger_name, event_manipulation, event_object_table, action_timing, java_class"
                            + " FROM information_schema.triggers ORDER BY 1, 2",
                    "SELECT sequence_name, start_value, increment FROM information_schema.sequences"
                            + " WHERE sequence_schema = 'public' ORDER BY 1",
                    "SELECT * FROM nation ORDER BY code",
                    "SELECT installed_rank, version, description, type, script, checksum, installed_by, success"
                            + " FROM flyway_schema_history ORDER BY installed_rank")) {
                try (ResultSet r = s.executeQuery(query)) {
                    ResultSetMetaData meta = r.getMetaData();
                    int rows = 0;
                    while (r.next()) {
                        rows++;
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            out.append(r.getString(i)).append('|');
                        }
                        out.append('\n');
                    }
                    assertTrue(rows > 0 || query.contains("sequences"), "nothing in " + query);
                }
            }
        } finally {
            pool.dispose();
        }
        return out.toString();
    }
}
