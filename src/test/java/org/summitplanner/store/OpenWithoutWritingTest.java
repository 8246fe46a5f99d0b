package org.summitplanner.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitplanner.service.Services;

/**
 * Issue 14, item 4: the commands that never write (summits, export) read a current database through the
 * read-only connection that checked it: H2 opens the file once, and the file is left exactly as it was;
 * a database that is not current still goes the whole way (migrated).
 */
class OpenWithoutWritingTest {

    @TempDir
    Path dir;

    @Test
    void aCurrentDatabaseIsReadAndLeftByteForByteAsItWas() throws Exception {
        Path file = dir.resolve("x.mv.db");
        try (Database db = Database.openFile(file, s -> { })) {
            Services.of(db).summits().loadDemo();
        }
        byte[] before = Files.readAllBytes(file);
        FileTime modified = Files.getLastModifiedTime(file);
        for (int i = 0; i < 2; i++) {
            try (Database db = Database.openFileWithoutWriting(file, s -> { })) {
                assertEquals(1, new SummitStore(db).summits().size());
                assertEquals(file.toString(), db.description());
            }
        }
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(modified, Files.getLastModifiedTime(file));

        // the usual opening for reading opens it for writing too: it writes as it closes
        try (Database db = Database.openFileForReading(file, s -> { })) {
            assertEquals(1, new SummitStore(db).summits().size());
        }
        assertFalse(java.util.Arrays.equals(before, Files.readAllBytes(file)),
                "the comparison above can fail: a read-write open and close changes the file");
    }

    @Test
    void anOlderDatabaseIsStillBroughtUpToDate() throws Exception {
        Path file = dir.resolve("old.mv.db");
        String base = file.toString().substring(0, file.toString().length() - ".mv.db".length());
        Flyway.configure().dataSource("jdbc:h2:file:" + base + Database.URL_FLAGS, "sa", "")
                .locations("classpath:db/migration").target("3").load().migrate();
        try (Database db = Database.openFileWithoutWriting(file, s -> { })) {
            int applied = db.dsl().fetchCount(db.dsl().selectFrom("flyway_schema_history").where("success"));
            assertTrue(applied >= 4, "V4 and later were applied: " + applied);
        }
    }
}
