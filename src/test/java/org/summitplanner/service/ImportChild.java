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
 * Child JVM of {@link ImportKillTest}: imports a list into the database the way the command does
 * (plan, keep the rows, commit), printing "progress F" as the rows are sent, then "committed" and
 * "closed".
 */
public final class ImportChild {

    private ImportChild() {
    }

    public static void main(String[] args) throws Exception {
        try (Database database = Database.openFile(Path.of(args[0]), s -> { })) {
            Services services = Services.of(database);
            long summit = services.summits().find(null).id();
            List<PlannedRow> rows = new ArrayList<>();
            ImportService.Preview preview = services.imports().preview(summit, TableFile.open(Path.of(args[1])), null,
                    Map.of(), Texts.ENGLISH, rows::add, f -> { }, () -> false);
            System.out.println("planned " + preview.summary().writes());
            System.out.flush();
            services.imports().commit(preview, rows, false, false, fraction -> {
                System.out.println("progress " + fraction);
                System.out.flush();
            }, () -> false);
            System.out.println("committed");
            System.out.flush();
        }
        System.out.println("closed");
        System.out.flush();
    }
}
