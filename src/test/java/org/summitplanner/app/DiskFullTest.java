package org.summitplanner.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.summitplanner.service.ImportLists;
import org.summitplanner.service.ScaleSummit;
import org.summitplanner.service.Services;
import org.summitplanner.store.Database;
import org.summitplanner.summitfile.SummitFileWriter;
import org.summitplanner.store.FullDisk;

/**
 * A full disk under import, load and demo (issue 10 item 3): each stops within moments with a
 * message naming the disk, the database keeps its summit (and opens, exports and checks), and a
 * database this run was creating is not left half-made. The disk is H2's file system wrapped so
 * that writes beyond the space left fail as the operating system fails them (FullDisk).
 */
class DiskFullTest extends CommandTestSupport {

    private static final Duration NEVER_HANGS = Duration.ofSeconds(120);

    private FullDisk disk;

    @BeforeEach
    void plentyOfSpace() {
        disk = FullDisk.install(Long.MAX_VALUE);
    }

    @AfterEach
    void realDisk() {
        disk.close();
    }

    @Test
    void anImportThatFillsTheDiskStopsAndTheSummitStaysAsItWas() throws Exception {
        assertEquals(0, run("--db", db(), "demo"));
        Files.writeString(dir.resolve("list.csv"), ImportLists.generated(10_000));
        disk.setFree(150_000);

        int code = assertTimeoutPreemptively(NEVER_HANGS, () -> run("--db", db(), "import",
                dir.resolve("list.csv").toString()));

        assertEquals(2, code, err);
        assertNamesTheDisk();
        disk.setFree(Long.MAX_VALUE);
        assertDemoIntact();
    }

    @Test
    void aLoadThatFillsTheDiskStopsAndTheDatabaseKeepsItsSummits() throws Exception {
        assertEquals(0, run("--db", db(), "demo"));

        loadTheUnWeekOnAFullDisk();

        assertDemoIntact();
    }

    @Test
    void aLoadIntoANewFileOnAFullDiskLeavesNothing() throws Exception {
        loadTheUnWeekOnAFullDisk();

        // the file the user named, not the partial name it was built under beside it
        assertTrue(err.contains("(writing x.mv.db") && err.contains("no database was made at "
                + dir.resolve("x.mv.db").toAbsolutePath()), err);
        assertFalse(err.contains(".summit-planner-") || err.contains("keeps what it held before"), err);
        assertFalse(Files.exists(dir.resolve("x.mv.db")), "no database at the target");
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().startsWith(".")).toList(),
                    "no partial file");
        }
        assertEquals(0, run("--db", db(), "load", dir.resolve("un.json").toString()), err);
    }

    @Test
    void aDemoOnAFullDiskLeavesNoDatabaseThatCannotOpen() {
        disk.setFree(60_000);

        int code = assertTimeoutPreemptively(NEVER_HANGS, () -> run("--db", db(), "demo"));

        assertEquals(2, code, err);
        assertNamesTheDisk();
        disk.setFree(Long.MAX_VALUE);
        assertFalse(Files.exists(dir.resolve("x.mv.db")), "the half-made database was removed");
        assertFalse(Files.exists(dir.resolve("x.trace.db")), "and no H2 trace file is left beside it");
        assertEquals(0, run("--db", db(), "demo"), err);
    }

    /** `load` of a summit file the size of a UN week (megabytes to write) with 100 kB free: refused, naming the disk. */
    private void loadTheUnWeekOnAFullDisk() throws Exception {
        try (Database scratch = Database.openInMemory("nations")) {
            Files.write(dir.resolve("un.json"), new SummitFileWriter().write(
                    new ScaleSummit(Services.of(scratch).summits().nations()).generate()));
        }
        disk.setFree(100_000);

        int code = assertTimeoutPreemptively(NEVER_HANGS, () -> run("--db", db(), "load",
                dir.resolve("un.json").toString()));

        assertEquals(2, code, err);
        assertNamesTheDisk();
        disk.setFree(Long.MAX_VALUE);
    }

    private void assertNamesTheDisk() {
        assertTrue(err.contains("No space left on the disk holding " + dir.toAbsolutePath()), err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), "no stack trace: " + err);
    }

    private void assertDemoIntact() {
        assertEquals(0, run("--db", db(), "summits"), err);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("1 ") && l.contains(" 113 ")), out);
        assertEquals(1, out.lines().count() - 1, "one summit: " + out);
        assertEquals(0, run("--db", db(), "export", dir.resolve("after.json").toString()), err);
        assertEquals(1, run("--db", db(), "check"), "the demo's planted errors: " + err);
        assertFalse(Files.exists(dir.resolve("x.trace.db")), "no H2 trace file beside the database");
    }
}
