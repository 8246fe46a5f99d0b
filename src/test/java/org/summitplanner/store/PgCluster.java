package org.summitplanner.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster for tests: initdb into a temporary folder, pg_ctl start on a free
 * port on 127.0.0.1, stopped and removed when the test JVM ends. One cluster per JVM; each test takes
 * a fresh database of its own ({@link #freshDatabase}). As root, the server runs as the unprivileged
 * "postgres" user (PostgreSQL refuses to run as root). Logins need a password (scram-sha-256), so
 * the tests pass passwords the way users do.
 *
 * <p>Real or nothing: without PostgreSQL's programs (Debian: apt-get install postgresql) the tests
 * fail naming the package; .ci/run installs it.
 */
public final class PgCluster {

    public static final String SUPERUSER = "postgres";
    public static final String SUPERUSER_PASSWORD = "test-superuser-secret";

    private static PgCluster instance;

    private final Path bin;
    private final Path dir;
    private final int port;

    private PgCluster(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
    }

    /** The JVM's cluster, started on first use. */
    public static synchronized PgCluster get() {
        if (instance == null) {
            instance = start();
            PgCluster started = instance;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
        }
        return instance;
    }

    public int port() {
        return port;
    }

    /** A new, empty database owned by the superuser; returns its location. */
    public PgLocation freshDatabase() {
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        admin("postgres", "CREATE DATABASE " + name);
        return new PgLocation("127.0.0.1", port, name);
    }

    /** Runs statements as the superuser on a database of the cluster. */
    public void admin(String database, String... statements) {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database,
                SUPERUSER, SUPERUSER_PASSWORD); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens a location as the superuser (who owns what it creates), migrated. */
    public Database openAsSuperuser(PgLocation location) {
        return Database.openPostgres(location, SUPERUSER, SUPERUSER_PASSWORD.toCharArray(), s -> { });
    }

    private static PgCluster start() {
        Path bin = findBin();
        boolean root = "root".equals(System.getProperty("user.name"));
        try {
            Path dir = Files.createTempDirectory("summit-pg-");
            Path data = dir.resolve("data");
            Path pwfile = dir.resolve("pw");
            Files.writeString(pwfile, SUPERUSER_PASSWORD + "\n", StandardCharsets.UTF_8);
            if (root) {
                run(List.of("chown", "-R", "postgres:postgres", dir.toString()), false);
            }
            run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", SUPERUSER,
                    "--pwfile=" + pwfile, "-A", "scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync"), root);
            Files.deleteIfExists(pwfile);
            for (int attempt = 0; ; attempt++) {
                int port = freePort();
                try {
                    run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
                            dir.resolve("server.log").toString(), "-w", "-t", "30", "-o",
                            "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off"
                                    + " -c max_connections=200", "start"), root);
                    return new PgCluster(bin, dir, port);
                } catch (IllegalStateException e) {
                    if (attempt >= 2) {
                        throw e;
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot prepare a PostgreSQL test cluster: " + e.getMessage(), e);
        }
    }

    void stop() {
        boolean root = "root".equals(System.getProperty("user.name"));
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate",
                    "-w", "stop"), root);
        } catch (RuntimeException e) {
            // the folder goes anyway
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder
        }
    }

    private static Path findBin() {
        List<Path> candidates = new ArrayList<>();
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .forEach(candidates::add);
        } catch (IOException e) {
            // not Debian's layout: try the PATH below
        }
        candidates.sort(Comparator.comparing(p -> versionOf(p)));
        if (!candidates.isEmpty()) {
            return candidates.get(candidates.size() - 1);
        }
        for (String entry : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!entry.isEmpty() && Files.isExecutable(Path.of(entry, "initdb")) && Files.isExecutable(Path.of(entry, "pg_ctl"))) {
                return Path.of(entry);
            }
        }
        throw new IllegalStateException("PostgreSQL's initdb and pg_ctl are not installed: the team-mode tests run on "
                + "a real PostgreSQL server (Debian: apt-get install postgresql; .ci/run does it)");
    }

    private static int versionOf(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void run(List<String> command, boolean asPostgres) {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        try {
            Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", full) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + command.get(0).toLowerCase(Locale.ROOT) + ": "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
