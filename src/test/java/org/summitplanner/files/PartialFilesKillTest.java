package org.summitplanner.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process stopped while it writes leaves no partial file: SIGTERM (and Ctrl+C) remove it at
 * once; after kill -9, which runs no code, the next write into the folder removes it.
 */
class PartialFilesKillTest {

    @TempDir
    Path dir;

    /** Starts a JVM that begins writing dir/agenda.pdf and waits; returns once the partial file exists. */
    private Process startWriting() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SlowOutput.class.getName(), dir.resolve("agenda.pdf").toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("writing", out.readLine());
        assertEquals(1, partialFiles().size(), "the partial file is there while it writes");
        return child;
    }

    private List<Path> partialFiles() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(".")).toList();
        }
    }

    @Test
    void sigtermRemovesThePartialFile() throws Exception {
        Files.writeString(dir.resolve("agenda.pdf"), "old");
        Process child = startWriting();
        child.destroy();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertEquals(List.of(), partialFiles());
        assertEquals("old", Files.readString(dir.resolve("agenda.pdf")));
    }

    @Test
    void afterKillNineTheNextWriteRemovesIt() throws Exception {
        Process child = startWriting();
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertEquals(1, partialFiles().size(), "kill -9 runs no code");
        assertFalse(Files.exists(dir.resolve("agenda.pdf")));

        OutputTarget.check(dir.resolve("room.pdf"), OutputTarget.Access.SHARED).write(out -> {
            out.write(1);
            return null;
        });
        assertEquals(List.of(), partialFiles());
    }
}
