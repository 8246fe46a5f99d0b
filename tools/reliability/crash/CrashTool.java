import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.summitplanner.importing.PlannedRow;
import org.summitplanner.importing.TableFile;
import org.summitplanner.importing.Texts;
import org.summitplanner.service.ImportService;
import org.summitplanner.service.Services;
import org.summitplanner.store.Database;

/**
 * The Java half of tools/reliability/crash-probe.sh (compiled by it against target/classes and
 * target/lib; not part of the application). Modes:
 *
 * <pre>
 *   child FILE LIST two-step|one-reading   import LIST into the first summit of FILE the way the window
 *                                          (plan, keep the rows, commit) or the command (one reading)
 *                                          does, printing "planned N", "progress F", "committed", "closed";
 *                                          a missing FILE is created (migrations) and given the demo summit
 *                                          first, in the same session as the import
 *   age FILE LIST CYCLES                   CYCLES times: open, import LIST (window path), close; open,
 *                                          undo that import, close (each close compacts as H2 does)
 *   new FILE                               a new file made by the application's migrations, no summit
 *   order FILE                             opens FILE with plain H2 (it is changed: use a copy), writes in a
 *                                          transaction, and prints the order in which H2's store visits the
 *                                          undo logs and the maps of attendee and attendee_import, and
 *                                          "undo-first yes" when an undo log comes before one of attendee's
 *                                          (the maps an import writes all along; attendee_import's one row is
 *                                          written first, its undo record long stored before any store)
 *   raw FILE                               counts with plain H2 JDBC, no code of ours: "attendees=N
 *                                          imports=N orphans=N imported=N" (orphans: attendees whose
 *                                          import_id names no import row; imported: attendees with an
 *                                          import_id, counted through the index attendee_import_ix)
 *   app FILE                               the same counts after the application's open (Database.openFile,
 *                                          which finishes interrupted commits), plus the summit's overview
 * </pre>
 */
public final class CrashTool {

    private static final String COUNTS = "SELECT (SELECT COUNT(*) FROM attendee), (SELECT COUNT(*) FROM attendee_import),"
            + " (SELECT COUNT(*) FROM attendee a WHERE a.import_id IS NOT NULL"
            + " AND NOT EXISTS (SELECT 1 FROM attendee_import i WHERE i.id = a.import_id)),"
            + " (SELECT COUNT(*) FROM attendee USE INDEX (attendee_import_ix) WHERE import_id IS NOT NULL)";

    private CrashTool() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "child" -> child(Path.of(args[1]), Path.of(args[2]), args[3]);
            case "age" -> age(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
            case "new" -> {
                try (Database database = Database.openFile(Path.of(args[1]), s -> { })) {
                    say("migrated " + args[1]);
                }
            }
            case "order" -> order(Path.of(args[1]));
            case "raw" -> raw(Path.of(args[1]));
            case "app" -> app(Path.of(args[1]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void child(Path file, Path list, String mode) throws Exception {
        boolean fresh = !Files.exists(file);
        try (Database database = Database.openFile(file, s -> { })) {
            Services services = Services.of(database);
            if (fresh) {
                services.summits().loadDemo();
                say("demo");
            }
            long summit = services.summits().find(null).id();
            if (mode.equals("one-reading")) {
                long total;
                try (var lines = Files.lines(list)) {
                    total = lines.count() - 1;
                }
                int[] sent = {0};
                // as the command: read and planned on a thread of its own (progress = rows planned, a few
                // batches ahead of the rows written), written on this one
                var reader = java.util.concurrent.Executors.newSingleThreadExecutor();
                try {
                    services.imports().importFile(summit, TableFile.open(list), null, Map.of(), Texts.ENGLISH, false,
                            row -> {
                                if (++sent[0] % 500 == 0) {
                                    say("progress " + (double) sent[0] / total);
                                }
                            }, preview -> {
                                say("planned " + preview.summary().writes());
                                return true;
                            }, reader);
                } finally {
                    reader.shutdown();
                }
            } else {
                List<PlannedRow> rows = new ArrayList<>();
                ImportService.Preview preview = services.imports().preview(summit, TableFile.open(list), null, Map.of(),
                        Texts.ENGLISH, rows::add, f -> { }, () -> false);
                say("planned " + preview.summary().writes());
                services.imports().commit(preview, rows, false, false, fraction -> say("progress " + fraction),
                        () -> false);
            }
            say("committed");
        }
        say("closed");
    }

    private static void age(Path file, Path list, int cycles) throws Exception {
        for (int i = 0; i < cycles; i++) {
            ImportService.Result result;
            long summit;
            try (Database database = Database.openFile(file, s -> { })) {
                Services services = Services.of(database);
                summit = services.summits().find(null).id();
                List<PlannedRow> rows = new ArrayList<>();
                ImportService.Preview preview = services.imports().preview(summit, TableFile.open(list), null, Map.of(),
                        Texts.ENGLISH, rows::add, f -> { }, () -> false);
                result = services.imports().commit(preview, rows, false, false, f -> { }, () -> false);
            }
            try (Database database = Database.openFile(file, s -> { })) {
                Services.of(database).imports().undo(summit, result, List.of());
            }
        }
        say("aged " + cycles + " cycles, " + Files.size(file) + " bytes");
    }

    private static void raw(Path file) throws Exception {
        String base = file.toString().substring(0, file.toString().length() - Database.FILE_SUFFIX.length());
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base + Database.URL_FLAGS, "sa", "")) {
            say(counts(c));
        } catch (Exception e) {
            say("error " + String.valueOf(e.getMessage()).replace('\n', ' '));
        }
    }

    private static void app(Path file) {
        try (Database database = Database.openFile(file, s -> { })) {
            Services services = Services.of(database);
            long summit = services.summits().find(null).id();
            int overview = services.summits().overview(summit).attendees();
            var r = database.dsl().fetchOne(COUNTS);
            say("attendees=" + r.get(0) + " imports=" + r.get(1) + " orphans=" + r.get(2) + " imported=" + r.get(3)
                    + " overview=" + overview);
        } catch (Exception e) {
            say("error " + String.valueOf(e.getMessage()).replace('\n', ' '));
        }
    }

    private static void order(Path file) throws Exception {
        String base = file.toString().substring(0, file.toString().length() - Database.FILE_SUFFIX.length());
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base + Database.URL_FLAGS, "sa", "")) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO attendee_import (summit_id, file_name, imported_at)"
                        + " SELECT MIN(id), 'order', CURRENT_TIMESTAMP FROM summit");
            }
            var session = (org.h2.engine.SessionLocal) c.unwrap(org.h2.jdbc.JdbcConnection.class).getSession();
            var engine = session.getDatabase();
            var store = engine.getStore().getMvStore();
            java.util.Set<String> tables = new java.util.HashSet<>();
            java.util.Set<String> attendee = new java.util.HashSet<>();
            for (String name : List.of("attendee", "attendee_import")) {
                var table = engine.getSchema("public").findTableOrView(session, name);
                java.util.Set<String> into = name.equals("attendee") ? attendee : tables;
                into.add("table." + table.getId());
                table.getIndexes().forEach(index -> into.add("index." + index.getId()));
            }
            tables.addAll(attendee);
            var field = org.h2.mvstore.MVStore.class.getDeclaredField("maps");
            field.setAccessible(true);
            var maps = (java.util.Map<Integer, org.h2.mvstore.MVMap<?, ?>>) field.get(store);
            StringBuilder order = new StringBuilder();
            boolean undoSeen = false;
            boolean undoFirst = false;
            int position = 0;
            for (var map : maps.values()) {
                String name = store.getMapName(map.getId());
                if (name != null && (name.startsWith("undoLog") || tables.contains(name))) {
                    order.append(position).append(':').append(name).append('#').append(map.getId()).append(' ');
                    undoSeen |= name.startsWith("undoLog");
                    undoFirst |= undoSeen && attendee.contains(name);
                }
                position++;
            }
            say(order + "(" + maps.size() + " maps open)");
            say("undo-first " + (undoFirst ? "yes" : "no"));
            c.rollback();
        }
    }

    private static String counts(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(COUNTS)) {
            r.next();
            return "attendees=" + r.getLong(1) + " imports=" + r.getLong(2) + " orphans=" + r.getLong(3)
                    + " imported=" + r.getLong(4);
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
