package org.summitplanner.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.summitplanner.importing.PlannedRow;
import org.summitplanner.importing.TableFile;
import org.summitplanner.importing.Texts;
import org.summitplanner.store.Database;

/**
 * Child JVM of {@link ImportKillTest}: imports a list into the database the way the window does
 * (plan, keep the rows, commit), or with a third argument "one-reading" the way the command does
 * ({@link ImportService#importFile}: the rows written while the file is read and planned), printing
 * "progress F" as the rows are sent, then "committed" and "closed".
 */
public final class ImportChild {

    private ImportChild() {
    }

    public static void main(String[] args) throws Exception {
        try (Database database = Database.openFile(Path.of(args[0]), s -> { })) {
            Services services = Services.of(database);
            long summit = services.summits().find(null).id();
            if (args.length > 2 && args[2].equals("one-reading")) {
                long total;
                try (var lines = java.nio.file.Files.lines(Path.of(args[1]))) {
                    total = lines.count() - 1;
                }
                int[] sent = {0};
                java.util.concurrent.ExecutorService reader = java.util.concurrent.Executors.newSingleThreadExecutor();
                try {
                    services.imports().importFile(summit, TableFile.open(Path.of(args[1])), null, Map.of(),
                            Texts.ENGLISH, false, row -> {
                                if (++sent[0] % 1_000 == 0) {
                                    System.out.println("progress " + (double) sent[0] / total);
                                    System.out.flush();
                                }
                            }, preview -> {
                                System.out.println("planned " + preview.summary().writes());
                                System.out.flush();
                                return true;
                            }, reader);
                } finally {
                    reader.shutdown();
                }
            } else {
                List<PlannedRow> rows = new ArrayList<>();
                ImportService.Preview preview = services.imports().preview(summit, TableFile.open(Path.of(args[1])),
                        null, Map.of(), Texts.ENGLISH, rows::add, f -> { }, () -> false);
                System.out.println("planned " + preview.summary().writes());
                System.out.flush();
                services.imports().commit(preview, rows, false, false, fraction -> {
                    System.out.println("progress " + fraction);
                    System.out.flush();
                }, () -> false);
            }
            System.out.println("committed");
            System.out.flush();
        }
        System.out.println("closed");
        System.out.flush();
    }
}
