package org.summitplanner.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.summitplanner.files.SpecialFiles;

/**
 * Issue 10, item 1: print --pdf, ics, import --report and export never write over a database (open
 * or closed), the list being imported, a folder, a device or a FIFO; each is exit 2 with a message
 * naming the file, and nothing changes.
 */
class OutputRuleCommandTest extends CommandTestSupport {

    private static final String LIST = "Name,Country,Email\nJean Dupont,France,jean@example.fr\n";

    @BeforeEach
    void demo() {
        assertEquals(0, run("--db", db(), "demo"), err);
    }

    private void assertRefused(String why, Path target, String... args) {
        assertEquals(Cli.BAD_INPUT, run(args), out + err);
        assertEquals("Refused to write " + target + ": " + why + ". Nothing was written.", err.strip());
    }

    private List<String> hiddenFiles() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
        }
    }

    @Test
    void printAndIcsRefuseTheOpenDatabaseAndAnotherOne() throws Exception {
        Path open = dir.resolve("x.mv.db");
        byte[] before = Files.readAllBytes(open);
        assertRefused("it has the name of a database file", open, "--db", db(), "print", "agenda", "--pdf", open.toString());
        assertRefused("it has the name of a database file", open, "--db", db(), "ics", "--nation", "SI", open.toString());
        assertArrayEquals(before, Files.readAllBytes(open));

        assertEquals(0, run("--db", dir.resolve("other").toString(), "demo"), err);
        Path closed = dir.resolve("other.mv.db");
        byte[] other = Files.readAllBytes(closed);
        assertRefused("it has the name of a database file", closed, "--db", db(), "print", "agenda", "--pdf", closed.toString());
        assertArrayEquals(other, Files.readAllBytes(closed));

        // a copy of a database under another name is known by its header
        Path copy = Files.copy(closed, dir.resolve("backup.pdf"));
        assertRefused("it is a database", copy, "--db", db(), "print", "agenda", "--pdf", copy.toString());
        assertRefused("it is a database", copy, "--db", db(), "export", copy.toString());
        assertArrayEquals(other, Files.readAllBytes(copy));
        // and the database still opens and holds its summit
        assertEquals(0, run("--db", db(), "summits"), err);
        assertTrue(out.contains("Paris"), out);
        assertEquals(List.of(), hiddenFiles());
    }

    @Test
    void importRefusesToWriteItsReportOverTheListItself() throws Exception {
        Path list = Files.writeString(dir.resolve("a.csv"), LIST);
        assertRefused("it is the file being read", list,
                "--db", db(), "import", list.toString(), "--dry-run", "--report", list.toString());
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), list);
        assertRefused("it is the file being read (" + list + ")", link,
                "--db", db(), "import", list.toString(), "--report", link.toString());
        Path hard = Files.createLink(dir.resolve("hard.csv"), list);
        assertRefused("it is the file being read (" + list + ")", hard,
                "--db", db(), "import", list.toString(), "--report", hard.toString());
        assertEquals(LIST, Files.readString(list, StandardCharsets.UTF_8));
        // refused before the import: nobody was added
        assertEquals(0, run("--db", db(), "import", list.toString(), "--dry-run"), err);
        assertTrue(out.contains("1 new"), out);
    }

    @Test
    void foldersFifosAndDevicesAreRefusedAtOnce() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("out"));
        assertRefused("it is a folder", folder, "--db", db(), "print", "agenda", "--pdf", folder.toString());
        assertRefused("it is a folder", folder, "--db", db(), "ics", "--nation", "SI", folder.toString());
        assertRefused("it is a folder", folder, "--db", db(), "export", folder.toString());

        Path fifo = SpecialFiles.fifo(dir.resolve("pipe"));
        assertRefused("it is a named pipe (FIFO), not a file", fifo, "--db", db(), "ics", "--nation", "SI", fifo.toString());
        assertRefused("it is a named pipe (FIFO), not a file", fifo, "--db", db(), "export", fifo.toString());
        assertFalse(Files.isRegularFile(fifo));

        Path device = SpecialFiles.nullDevice(dir.resolve("null"));
        assertRefused("it is a device, not a file", device, "--db", db(), "ics", "--nation", "SI", device.toString());
        assertRefused("it is a device, not a file", device, "--db", db(), "print", "agenda", "--pdf", device.toString());
        Path list = Files.writeString(dir.resolve("a.csv"), LIST);
        assertRefused("it is a device, not a file", device, "--db", db(), "import", list.toString(), "--report", device.toString());
        assertTrue(Files.exists(device) && !Files.isRegularFile(device), "still a device");
    }

    @Test
    void theOutputsAreWrittenWholeWithoutPartialFiles() throws Exception {
        Path list = Files.writeString(dir.resolve("a.csv"), LIST);
        Path report = dir.resolve("report.csv");
        assertEquals(0, run("--db", db(), "import", list.toString(), "--dry-run", "--report", report.toString()), err);
        assertTrue(Files.readString(report).contains("jean@example.fr"));
        assertEquals(0, run("--db", db(), "print", "agenda", "--pdf", dir.resolve("a.pdf").toString()), err);
        assertEquals(0, run("--db", db(), "ics", "--nation", "SI", dir.resolve("si.ics").toString()), err);
        assertEquals(0, run("--db", db(), "export", dir.resolve("paris.json").toString()), err);
        assertEquals(List.of(), hiddenFiles());
    }
}
