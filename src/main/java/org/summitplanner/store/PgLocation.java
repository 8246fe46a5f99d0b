package org.summitplanner.store;

import org.summitplanner.errors.DatabaseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a team database lives: {@code postgresql://HOST[:PORT]/DB}. Like a database file path for
 * H2, user input gives a host, a port and a name and nothing else: no driver settings can ride in
 * on it (a '?' or any character outside a plain name is refused), so the JDBC URL is built here only.
 */
public record PgLocation(String host, int port, String database) {

    public static final String PREFIX = "postgresql://";
    public static final int DEFAULT_PORT = 5432;

    private static final Pattern FORM = Pattern.compile(
            "postgresql://(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9][A-Za-z0-9.-]*)(?::([0-9]{1,5}))?/([A-Za-z0-9_][A-Za-z0-9_.-]{0,62})");

    public PgLocation {
        if (port < 1 || port > 65535) {
            throw new DatabaseException("The port must be between 1 and 65535, not " + port);
        }
    }

    /** Whether what the user gave as --db names a server rather than a file. */
    public static boolean isServer(String text) {
        return text != null && text.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    /**
     * Reads {@code postgresql://HOST[:PORT]/DB}.
     *
     * @throws DatabaseException naming the part that is wrong
     */
    public static PgLocation parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new DatabaseException("\"" + text + "\" is not a team database address: write "
                    + "postgresql://HOST[:PORT]/DATABASE (a host name or address, an optional port, a database name "
                    + "of letters, digits, '_', '.' or '-'; nothing after it)");
        }
        int port = m.group(2) == null ? DEFAULT_PORT : Integer.parseInt(m.group(2));
        return new PgLocation(m.group(1), port, m.group(3));
    }

    /** The driver's URL; TLS is used whenever the server offers it (sslmode=prefer). */
    String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    Map<String, String> driverProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("sslmode", "prefer");
        p.put("ApplicationName", "Summit Planner");
        p.put("reWriteBatchedInserts", "true");
        p.put("connectTimeout", "10");
        return p;
    }

    @Override
    public String toString() {
        return PREFIX + host + (port == DEFAULT_PORT ? "" : ":" + port) + "/" + database;
    }
}
