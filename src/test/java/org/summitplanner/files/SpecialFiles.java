package org.summitplanner.files;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** FIFOs and device nodes for tests, made with the system's own tools (skipped where there are none). */
public final class SpecialFiles {

    private SpecialFiles() {
    }

    /** A named pipe at {@code path}; the test is skipped where mkfifo does not exist. */
    public static Path fifo(Path path) throws Exception {
        assumeTrue(run("mkfifo", path.toString()), "mkfifo is not available");
        return path;
    }

    /**
     * A character device like /dev/null (1,3) at {@code path}, inside the test's folder: a test never
     * points the program at the real /dev/null, which a broken rule would replace. Needs root (CI
     * runs as root); skipped otherwise.
     */
    public static Path nullDevice(Path path) throws Exception {
        assumeTrue(run("mknod", "-m", "666", path.toString(), "c", "1", "3") && Files.exists(path),
                "mknod needs root here");
        return path;
    }

    /** Runs a command; true when it exited 0. */
    public static boolean run(String... command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
