package org.summitplanner.store;

import org.summitplanner.errors.DatabaseException;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening database files: new, existing, and the ones that must be refused untouched. */
class DatabaseFileTest {

    @TempDir
    Path dir;

    @Test
    void createsMigratesAndReopens() {
        Path file = dir.resolve("planner.mv.db");
        List<String> progress = new ArrayList<>();
        try (Database db = Database.openFile(file, progress::add)) {
            assertTrue(new SummitStore(db).summits().isEmpty());
        }
        assertTrue(Files.isRegularFile(file));
        assertTrue(progress.stream().anyMatch(p -> p.contains("nations")), "progress: " + progress);
        progress.clear();
        try (Database db = Database.openFile(file, progress::add)) {
            assertEquals(252, new SummitStore(db).nations().size());
        }
        assertTrue(progress.stream().noneMatch(p -> p.startsWith("Preparing")), "nothing to migrate: " + progress);
    }

    @Test
    void whatTheOpeningSaysIsInTheWindowsLanguage() {
        Path file = dir.resolve("planner.mv.db");
        Locale before = Locale.getDefault();
        List<String> progress = new ArrayList<>();
        try {
            Locale.setDefault(Locale.FRANCE);
            Database.openFile(file, progress::add).close();
            Database.openFile(file, progress::add).close();
        } finally {
            Locale.setDefault(before);
        }
        assertTrue(progress.contains("Vérification de planner.mv.db …"), "progress: " + progress);
        assertTrue(progress.stream().anyMatch(p -> p.startsWith("Mise à jour de la base de données (version ")),
                "progress: " + progress);
        assertTrue(progress.stream().noneMatch(p -> p.contains("Checking") || p.contains("Preparing")),
                "progress: " + progress);
        assertEquals("Checking planner.mv.db …", StatusTexts.text(Locale.US, "status.checking", file.getFileName()));
    }

    @Test
    void aNameWithoutSuffixMeansTheMvDbFile() {
        try (Database db = Database.openFile(dir.resolve("x"), s -> { })) {
            assertEquals(dir.resolve("x.mv.db").toString(), db.description());
        }
    }

    @Test
    void refusesAFileThatIsNotAnH2DatabaseAndLeavesItAlone() throws Exception {
        Path file = dir.resolve("notes.mv.db");
        byte[] text = "These are my notes, not a database.\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, text);
        DatabaseException e = assertThrows(DatabaseException.class, () -> Database.openFile(file, s -> { }));
        assertTrue(e.getMessage().contains("is not an H2 database file"), e.getMessage());
        assertTrue(e.getMessage().contains("Nothing was changed"), e.getMessage());
        assertArrayEquals(text, Files.readAllBytes(file));
    }

    @Test
    void refusesAnExistingFileWithAnotherSuffix() throws Exception {
        Path file = dir.resolve("agenda.xlsx");
        Files.writeString(file, "not mine");
        DatabaseException e = assertThrows(DatabaseException.class, () -> Database.openFile(file, s -> { }));
        assertTrue(e.getMessage().contains("is not a Summit Planner database"), e.getMessage());
        assertEquals("not mine", Files.readString(file));
        assertTrue(Files.notExists(dir.resolve("agenda.xlsx.mv.db")));
    }

    @Test
    void refusesPathsThatCouldCarryDatabaseSettings() throws Exception {
        Path sneaky = dir.resolve("x;INIT=RUNSCRIPT FROM 'evil.sql'");
        DatabaseException e = assertThrows(DatabaseException.class, () -> Database.openFile(sneaky, s -> { }));
        assertTrue(e.getMessage().contains("cannot contain ';'"), e.getMessage());
        try (var files = java.nio.file.Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void refusesADatabaseWrittenByANewerVersionAndLeavesItAlone() throws Exception {
        Path file = dir.resolve("future.mv.db");
        try (Database db = Database.openFile(file, s -> { })) {
            db.dsl().execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "checksum, installed_by, execution_time, success) VALUES (99, '99', 'from the future', 'SQL', "
                    + "'V99__from_the_future.sql', 0, 'sa', 0, TRUE)");
        }
        int historyRows = historyRows(dir.resolve("future"));
        DatabaseException e = assertThrows(DatabaseException.class, () -> Database.openFile(file, s -> { }));
        assertTrue(e.getMessage().contains("written by a newer Summit Planner (schema version 99)"), e.getMessage());
        assertEquals(historyRows, historyRows(dir.resolve("future")), "the history table is as it was");
    }

    private static int historyRows(Path base) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base + Database.URL_FLAGS, "sa", "")) {
            var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM flyway_schema_history");
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void refusesAnH2DatabaseOfAnotherProgram() throws Exception {
        try (Connection c = DriverManager.getConnection(
                "jdbc:h2:file:" + dir.resolve("other") + Database.URL_FLAGS, "sa", "")) {
            c.createStatement().execute("CREATE TABLE invoices (id INT PRIMARY KEY, total DECIMAL(10,2))");
        }
        DatabaseException e = assertThrows(DatabaseException.class,
                () -> Database.openFile(dir.resolve("other.mv.db"), s -> { }));
        assertTrue(e.getMessage().contains("H2 database of another program"), e.getMessage());
        try (Connection c = DriverManager.getConnection(
                "jdbc:h2:file:" + dir.resolve("other") + Database.URL_FLAGS, "sa", "")) {
            var rs = c.createStatement().executeQuery(
                    "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'");
            rs.next();
            assertEquals(1, rs.getInt(1), "no Summit Planner table was added");
        }
    }

    @Test
    void refusesAnH2DatabaseMadeWithDefaultSettings() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("plain"), "sa", "")) {
            c.createStatement().execute("CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(50))");
        }
        DatabaseException e = assertThrows(DatabaseException.class,
                () -> Database.openFile(dir.resolve("plain.mv.db"), s -> { }));
        assertTrue(e.getMessage().contains("H2 database of another program"), e.getMessage());
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("plain"), "sa", "")) {
            var rs = c.createStatement().executeQuery(
                    "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'PUBLIC'");
            rs.next();
            assertEquals(1, rs.getInt(1), "no Summit Planner table was added");
        }
    }
}
