package org.summitplanner.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A child JVM on the test class path, to be killed with SIGKILL (Process.destroyForcibly) when one
 * of its output lines says so: the way a crash or kill -9 meets the application.
 */
public final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final BufferedReader out;
    private final List<String> lines = new ArrayList<>();

    private ChildJvm(Process process) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Starts {@code main} of {@code mainClass} with {@code args}; its stderr goes to {@code log}. */
    public static ChildJvm start(Class<?> mainClass, Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
        return new ChildJvm(builder.start());
    }

    /** Reads the child's output until a line matches; null if the child ended first. */
    public String awaitLine(Predicate<String> wanted) throws IOException {
        String line;
        while ((line = out.readLine()) != null) {
            lines.add(line);
            if (wanted.test(line)) {
                return line;
            }
        }
        return null;
    }

    /** SIGKILL, as kill -9: no shutdown hook, no finally block runs in the child. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Waits for the child to end by itself; its exit code. */
    public int await() throws InterruptedException, IOException {
        while (out.readLine() != null) {
            // drain
        }
        process.waitFor(120, TimeUnit.SECONDS);
        return process.exitValue();
    }

    public List<String> lines() {
        return lines;
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
