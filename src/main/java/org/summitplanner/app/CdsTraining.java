package org.summitplanner.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The training run behind the class-data archive that {@code mvn package} makes (see
 * docs/decisions/0018-appcds.md): the commands a user starts most, run once in this JVM on a throwaway
 * database, so that the classes they load are in the archive that the {@code summit-planner} launcher
 * passes to the JVM. Run with {@code -XX:ArchiveClassesAtExit}; its output is dropped.
 */
public final class CdsTraining {

    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path work = Files.createTempDirectory("summit-planner-cds");
        System.setProperty("summitplanner.logdir", work.resolve("logs").toString());
        System.setProperty("summitplanner.console.level", "OFF");
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        AppPaths paths = new AppPaths(work);
        String db = work.resolve("training").toString();
        String file = work.resolve("training.json").toString();
        try {
            run(paths, "--help");
            run(paths, "--db", db, "demo");
            run(paths, "--db", db, "summits");
            run(paths, "--db", db, "check");
            run(paths, "--db", db, "export", file);
            run(paths, "--db", db, "summits");
        } finally {
            try (Stream<Path> all = Files.walk(work)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(AppPaths paths, String... args) {
        StringWriter out = new StringWriter();
        int code = Cli.run(paths, new PrintWriter(out), new PrintWriter(out), args);
        if (code != 0 && code != 1) {
            throw new IllegalStateException("training command " + String.join(" ", args) + " failed: " + out);
        }
    }
}
