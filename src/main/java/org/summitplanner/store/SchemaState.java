package org.summitplanner.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import javax.sql.DataSource;

/**
 * Whether a database already has exactly the schema that this build's migrations make, found without
 * Flyway: its history table lists every migration script of the class path, each applied successfully
 * with the checksum Flyway gives that script, and nothing else. Then opening the database needs neither
 * Flyway's validation nor its migration (loading Flyway and scanning its migrations was about a third of a
 * command's start). On any doubt (another row, a failed one, a script added, an unreadable table) the
 * answer is no, and Flyway checks and migrates as before.
 *
 * <p>The checksum is Flyway's: a CRC-32 of the script's lines as UTF-8, without their line ends and
 * without a byte order mark. A test holds it to what Flyway itself records.
 */
final class SchemaState {

    static final String LOCATION = "db/migration";

    private SchemaState() {
    }

    /** A migration as the history table records it. */
    record Applied(String version, String script, int checksum) {
    }

    /** True only when the history is exactly this build's migrations, all applied. */
    static boolean isCurrent(DataSource dataSource) {
        Set<Applied> expected = migrations();
        if (expected.isEmpty()) {
            return false;
        }
        Set<Applied> applied = new HashSet<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT version, script, checksum, success, type FROM flyway_schema_history")) {
            while (r.next()) {
                if ("TABLE".equals(r.getString(5)) && r.getString(1) == null) {
                    // Flyway's own note that it created the history table
                    continue;
                }
                int checksum = r.getInt(3);
                if (r.wasNull() || !r.getBoolean(4) || !("SQL".equals(r.getString(5)) || "JDBC".equals(r.getString(5)))
                        || !applied.add(new Applied(r.getString(1), r.getString(2), checksum))) {
                    return false;
                }
            }
        } catch (SQLException e) {
            // no history table (a new or foreign file) or one of another shape: Flyway decides
            return false;
        }
        return applied.equals(expected);
    }

    /** The versioned SQL migrations of the class path with their checksums; empty when they cannot be listed. */
    static Set<Applied> migrations() {
        Set<Applied> out = new HashSet<>();
        try {
            Enumeration<URL> roots = SchemaState.class.getClassLoader().getResources(LOCATION);
            while (roots.hasMoreElements()) {
                if (!list(roots.nextElement(), out)) {
                    return Set.of();
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Set.of();
        }
        // the Java migrations (registered in Database.flyway), known by their fixed checksums
        out.add(new Applied("12.1", V12_1__AuditTriggers.SCRIPT, V12_1__AuditTriggers.CHECKSUM));
        out.add(new Applied("13.1", V13_1__BulkAudit.SCRIPT, V13_1__BulkAudit.CHECKSUM));
        out.add(new Applied("20", V20__IdentityCache.SCRIPT, V20__IdentityCache.CHECKSUM));
        out.add(new Applied("23", V23__SharedForeignKeyIndexes.SCRIPT, V23__SharedForeignKeyIndexes.CHECKSUM));
        return out;
    }

    private static boolean list(URL root, Set<Applied> out) throws IOException, URISyntaxException {
        if ("file".equals(root.getProtocol())) {
            try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    try (InputStream in = Files.newInputStream(file)) {
                        if (!add(file.getFileName().toString(), in, out)) {
                            return false;
                        }
                    }
                }
            }
            return true;
        }
        URLConnection connection = root.openConnection();
        if (!(connection instanceof JarURLConnection jar)) {
            return false;
        }
        connection.setUseCaches(false);
        try (JarFile file = jar.getJarFile()) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (name.startsWith(LOCATION + "/") && !entry.isDirectory() && name.indexOf('/', LOCATION.length() + 1) < 0) {
                    try (InputStream in = file.getInputStream(entry)) {
                        if (!add(name.substring(LOCATION.length() + 1), in, out)) {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }

    /** Adds a "V3__checks.sql" script; false for a file Flyway would treat otherwise (repeatable, not SQL). */
    private static boolean add(String name, InputStream in, Set<Applied> out) throws IOException {
        if (!name.endsWith(".sql")) {
            return true;
        }
        int separator = name.indexOf("__");
        if (!name.startsWith("V") || separator < 2) {
            return false;
        }
        String version = name.substring(1, separator).replace('_', '.');
        return out.add(new Applied(version, name, checksum(in)));
    }

    /** Flyway's checksum of a script: CRC-32 over its lines as UTF-8, line ends and a leading BOM left out. */
    static int checksum(InputStream in) throws IOException {
        CRC32 crc = new CRC32();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 4096);
        String line = reader.readLine();
        if (line != null && line.startsWith("\uFEFF")) {
            line = line.substring(1);
        }
        while (line != null) {
            crc.update(line.getBytes(StandardCharsets.UTF_8));
            line = reader.readLine();
        }
        return (int) crc.getValue();
    }
}
