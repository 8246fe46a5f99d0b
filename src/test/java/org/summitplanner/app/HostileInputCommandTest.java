package org.summitplanner.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.summitplanner.files.SpecialFiles;

/**
 * Issue 10, items 6 and 8 as a script meets them: escape sequences never reach the terminal raw,
 * a read-only database is read but never written, FIFOs are refused at once.
 */
class HostileInputCommandTest extends CommandTestSupport {

    private static final String SMALL = "{\"format\": \"summit-planner/1\", \"summit\": {\"name\": \"%s\", "
            + "\"hostNation\": \"FR\", \"city\": \"Paris\", \"firstDay\": \"2025-03-10\", \"lastDay\": \"2025-03-11\", "
            + "\"timeZone\": \"Europe/Paris\"}}";

    @BeforeEach
    void demo() {
        assertEquals(0, run("--db", db(), "demo"), err);
    }

    @Test
    void escapeSequencesReachTheTerminalEscaped() throws Exception {
        Path file = Files.writeString(dir.resolve("\u001b[2J\u001b]0;pwned\u0007.json"), SMALL.formatted("Evil\\u001b[31m"));
        assertEquals(Cli.BAD_INPUT, run("--db", db(), "load", file.toString()));
        assertFalse(err.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t'), err);
        assertTrue(err.contains("\\u001b[2J\\u001b]0;pwned\\u0007.json: refused, nothing was loaded (1 problem)"), err);
        assertTrue(err.contains("line 1, column 51, $.summit.name: control character \\u001b (ESC"), err);
        assertEquals(0, run("--db", db(), "summits"));
        assertEquals(2, out.lines().count(), "nothing was stored: " + out);
    }

    @Test
    void aLoadIntoANewFileInAReadOnlyFolderNamesTheFileTheUserNamed() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        Path summit = Files.writeString(dir.resolve("small.json"), SMALL.formatted("Small"));

        assertEquals(Cli.BAD_INPUT, run("--db", folder.resolve("new").toString(), "load", summit.toString()));

        // the new file is built under a partial name beside the target: the message names the target
        assertEquals("Cannot create " + folder.resolve("new.mv.db") + ": its folder " + folder
                + " is read only. Nothing was changed.", err.strip());
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (var files = Files.list(folder)) {
            assertEquals(0, files.count(), "nothing left in the folder");
        }
    }

    @Test
    void aReadOnlyDatabaseIsReadButNeverWritten() throws Exception {
        Path file = dir.resolve("x.mv.db");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(file);
        Path summit = Files.writeString(dir.resolve("small.json"), SMALL.formatted("Small"));
        assertEquals(Cli.BAD_INPUT, run("--db", db(), "load", summit.toString()));
        assertEquals(file + " is read only (the file's permissions do not allow writing), and this command changes "
                + "the database. Make it writable (chmod u+w), or work on a copy. Nothing was changed.", err.strip());
        assertEquals(Cli.BAD_INPUT, run("--db", db(), "demo"));
        assertTrue(err.contains("is read only"), err);
        assertEquals(0, run("--db", db(), "summits"), err);
        assertTrue(out.contains("Paris conference"), out);
        assertEquals(1, run("--db", db(), "check"), err);
        assertTrue(out.contains("UNINVITED_DELEGATION"), out);
        assertEquals(0, run("--db", db(), "print", "agenda", "--pdf", dir.resolve("a.pdf").toString()), err);
        // the summit's calendar id was made with it (V17): a first calendar export only reads
        assertEquals(0, run("--db", db(), "ics", "--nation", "DE", dir.resolve("de.ics").toString()), err);
        assertTrue(Files.readString(dir.resolve("de.ics")).contains("BEGIN:VEVENT"));
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void fifosAsInputsAreRefusedAtOnce() throws Exception {
        Path json = SpecialFiles.fifo(dir.resolve("summit.json"));
        Path csv = SpecialFiles.fifo(dir.resolve("list.csv"));
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            assertEquals(Cli.BAD_INPUT, run("--db", db(), "load", json.toString()));
            assertEquals("Cannot read " + json + ": it is a named pipe (FIFO), not a file. Nothing was changed.", err.strip());
            assertEquals(Cli.BAD_INPUT, run("--db", db(), "import", csv.toString()));
            assertEquals("list.csv is a named pipe (FIFO), a device or another special file, not an ordinary file. "
                    + "Nothing was imported.", err.strip());
        });
    }
}
