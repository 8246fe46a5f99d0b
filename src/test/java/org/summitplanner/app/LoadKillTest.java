package org.summitplanner.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of {@code load} into a new database file (decision 0041), at points from the first moments (the
 * partial file just made, migrations running) through the storing to the close and the move into place: the
 * target is then either missing or complete (its export is the loaded file, byte for byte), never empty or
 * half filled; the partial file left behind does not make the next {@code load} fail and is removed by it; a
 * database already in the folder is never touched.
 */
class LoadKillTest extends CommandTestSupport {

    /** Fractions of a whole run's time (from the child's start) at which to kill, after one at the partial's birth. */
    private static final double[] AT = {0.35, 0.55, 0.7, 0.8, 0.9, 0.95, 0.99};

    @Test
    void aKilledLoadIntoANewFileLeavesNoDatabaseOrAWholeOneAndTheNextLoadWorks() throws Exception {
        Path summitFile = dir.resolve("un.json");
        assertEquals(0, run("--db", dir.resolve("source").toString(), "demo", "--scale", "un"), err);
        assertEquals(0, run("--db", dir.resolve("source").toString(), "export", summitFile.toString()), err);
        Path folder = Files.createDirectory(dir.resolve("data"));
        Path other = folder.resolve("other.mv.db");
        Files.copy(dir.resolve("source.mv.db"), other);
        byte[] otherBytes = Files.readAllBytes(other);

        long start = System.nanoTime();
        Process whole = load(folder.resolve("whole"), summitFile);
        assertTrue(whole.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, whole.exitValue(), new String(whole.getInputStream().readAllBytes()));
        long wholeMillis = (System.nanoTime() - start) / 1_000_000;
        assertComplete(folder.resolve("whole.mv.db"), summitFile);

        List<String> outcomes = new ArrayList<>();
        int withPartial = 0;
        for (int i = -1; i < AT.length; i++) {
            Path target = folder.resolve("kill" + i + ".mv.db");
            Process child = load(target, summitFile);
            long started = System.nanoTime();
            if (i < 0) {
                // the first moments: as soon as the partial file exists
                while (partialFiles(folder).isEmpty() && child.isAlive()) {
                    Thread.sleep(2);
                }
            } else {
                long wait = (long) (wholeMillis * AT[i]) - (System.nanoTime() - started) / 1_000_000;
                if (wait > 0) {
                    Thread.sleep(wait);
                }
            }
            boolean partialAtKill = !partialFiles(folder).isEmpty();
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            String point = i < 0 ? "at the partial file's birth" : "at " + AT[i] + " of a whole run";
            if (Files.exists(target)) {
                assertComplete(target, summitFile);
                outcomes.add(point + ": complete");
            } else {
                outcomes.add(point + ": no database" + (partialAtKill ? " (partial file at the kill)" : ""));
                withPartial += partialAtKill ? 1 : 0;
                // the next load into the same name works, and removes what the killed one left
                assertEquals(0, run("--db", target.toString(), "load", summitFile.toString()), err);
                assertComplete(target, summitFile);
                assertEquals(List.of(), partialFiles(folder), "the stale partial file is removed by the next load");
            }
            assertArrayEquals(otherBytes, Files.readAllBytes(other), point + ": the database beside it is untouched");
        }
        System.out.println("LoadKillTest: whole run " + wholeMillis + " ms; " + outcomes);
        assertTrue(withPartial > 0, "no kill fell while the file was being filled: " + outcomes);
    }

    private Process load(Path target, Path summitFile) throws Exception {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "-Dsummitplanner.home=" + dir.resolve("home"),
                Launcher.class.getName(), "--db", target.toString(), "load", summitFile.toString())
                .redirectErrorStream(true).start();
    }

    /** The file opens as a current database and holds exactly the summit loaded: its export is the file. */
    private void assertComplete(Path database, Path summitFile) throws Exception {
        Path exported = dir.resolve("exported.json");
        Files.deleteIfExists(exported);
        assertEquals(0, run("--db", database.toString(), "export", exported.toString()), database + ": " + err);
        if (!Arrays.equals(Files.readAllBytes(summitFile), Files.readAllBytes(exported))) {
            fail(database + " does not hold the whole summit that was loaded");
        }
    }

    private static List<Path> partialFiles(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(".summit-planner-")).toList();
        }
    }
}
