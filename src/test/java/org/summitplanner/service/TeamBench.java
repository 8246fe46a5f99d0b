package org.summitplanner.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.Summit;
import org.summitplanner.store.Database;
import org.summitplanner.store.PgCluster;
import org.summitplanner.store.PgLocation;

/**
 * H2 file versus PostgreSQL (a local throwaway cluster) at UN scale, in one run: opening the database
 * (with the summit list), then what each screen reads through the services, first time (cold) and the
 * median of 5 more. Run by tools/bench/team-bench.sh; results in target/bench/team.txt. Not part of
 * `mvn verify` (Surefire skips *Bench classes).
 */
class TeamBench {

    private static final int RUNS = 5;

    @Test
    void h2AgainstPostgresqlAtUnScale() throws Exception {
        Path home = Path.of("target", "bench");
        Files.createDirectories(home);
        Path h2File = home.resolve("team-un.mv.db").toAbsolutePath();
        if (!Files.exists(h2File)) {
            try (Database db = Database.openFile(h2File, s -> { })) {
                Services.of(db).summits().loadScaleDemo();
            }
        }
        PgCluster cluster = PgCluster.get();
        PgLocation location = cluster.freshDatabase();
        long loadStart = System.nanoTime();
        try (Database db = cluster.openAsSuperuser(location)) {
            Services.of(db).summits().loadScaleDemo();
        }
        double pgLoad = (System.nanoTime() - loadStart) / 1e9;

        List<String> report = new ArrayList<>();
        report.add("Team mode at UN scale (193 delegations, 5,000 attendees, 2,000 items), " + LocalDateTime.now().withNano(0)
                + ", load " + Files.readString(Path.of("/proc/loadavg")).split(" ")[0] + ", "
                + Runtime.getRuntime().availableProcessors() + " cores");
        report.add(String.format("demo --scale un stored into PostgreSQL: %.2f s", pgLoad));
        Map<String, double[]> h2 = measure(() -> Database.openFile(h2File, s -> { }));
        Map<String, double[]> pg = measure(() -> cluster.openAsSuperuser(location));
        report.add(String.format("%-28s %12s %12s %12s %12s %8s", "ms", "H2 cold", "H2 median", "PG cold", "PG median",
                "PG/H2"));
        for (String step : h2.keySet()) {
            double[] a = h2.get(step);
            double[] b = pg.get(step);
            report.add(String.format("%-28s %12.1f %12.1f %12.1f %12.1f %8.2f", step, a[0], a[1], b[0], b[1],
                    b[1] / Math.max(a[1], 0.01)));
        }
        report.forEach(System.out::println);
        Files.write(home.resolve("team.txt"), report);
    }

    private static Map<String, double[]> measure(Supplier<Database> open) {
        Map<String, List<Double>> times = new LinkedHashMap<>();
        for (int run = 0; run <= RUNS; run++) {
            long start = System.nanoTime();
            try (Database db = open.get()) {
                Services services = Services.of(db);
                Summit summit = services.summits().summits().get(0);
                record(times, "open + summit list", start);
                long id = summit.id();
                time(times, "overview", () -> services.summits().overview(id));
                time(times, "nations", () -> services.nations().standings(id));
                time(times, "delegations (roster)", () -> services.attendees().roster(id));
                time(times, "rooms", () -> services.rooms().rooms(id));
                time(times, "agenda", () -> services.agenda().agenda(id));
                time(times, "findings (checks)", () -> services.checks().check(id));
                time(times, "history (summit)", () -> services.history().history(id, null));
            }
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        times.forEach((step, list) -> {
            List<Double> warm = new ArrayList<>(list.subList(1, list.size()));
            warm.sort(null);
            out.put(step, new double[] {list.get(0), warm.get(warm.size() / 2)});
        });
        return out;
    }

    private static void time(Map<String, List<Double>> times, String step, Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        record(times, step, start);
    }

    private static void record(Map<String, List<Double>> times, String step, long start) {
        times.computeIfAbsent(step, k -> new ArrayList<>()).add((System.nanoTime() - start) / 1e6);
    }
}
