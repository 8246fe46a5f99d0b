/*
 * Checks V2__nations.sql against a database (Summit Planner).
 *
 *     java -cp DRIVER.jar tools/nations/CheckNations.java JDBC_URL USER PASSWORD V2__nations.sql
 *
 * It creates nation and nation_alias as specified for V1 (a copy of that DDL for this check
 * only; the real tables come from V1__*.sql). Then it runs the migration file and checks:
 * 249 STATE rows and 3 ORGANISATION rows, unique alpha3, no alias that maps to two codes or
 * equals (case-insensitive) a name of any nation, and a few spot-check names.
 * Use an empty scratch database: the tables are created and dropped again.
 * tools/nations/check.sh runs it on in-memory H2 and, if PG_URL is set, on PostgreSQL.
 */

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.*;
import java.util.*;

public class CheckNations {
    static int failures = 0;

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: CheckNations JDBC_URL USER PASSWORD V2__nations.sql");
            System.exit(2);
        }
        String script = Files.readString(Path.of(args[3]), StandardCharsets.UTF_8);
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2]);
             Statement st = c.createStatement()) {
            System.out.println("database: " + c.getMetaData().getDatabaseProductName() + " "
                    + c.getMetaData().getDatabaseProductVersion());
            st.execute("DROP TABLE IF EXISTS nation_alias");
            st.execute("DROP TABLE IF EXISTS nation");
            st.execute("CREATE TABLE nation (code VARCHAR(4) PRIMARY KEY, alpha3 VARCHAR(3) NULL,"
                    + " kind VARCHAR(12) NOT NULL, name_en VARCHAR(100) NOT NULL, name_fr VARCHAR(100) NOT NULL)");
            st.execute("CREATE TABLE nation_alias (code VARCHAR(4) NOT NULL REFERENCES nation(code),"
                    + " alias VARCHAR(100) NOT NULL, PRIMARY KEY (code, alias))");
            List<String> statements = split(script);
            check("script has 2 statements", statements.size() == 2, statements.size());
            for (String s : statements) st.execute(s);

            check("STATE rows = 249", 249, count(st, "SELECT COUNT(*) FROM nation WHERE kind = 'STATE'"));
            check("ORGANISATION rows = 3", 3, count(st, "SELECT COUNT(*) FROM nation WHERE kind = 'ORGANISATION'"));
            check("no other kind", 0, count(st, "SELECT COUNT(*) FROM nation WHERE kind NOT IN ('STATE', 'ORGANISATION')"));
            check("every STATE has a 2-letter code and 3-letter alpha3", 0, count(st,
                    "SELECT COUNT(*) FROM nation WHERE kind = 'STATE' AND (LENGTH(code) <> 2 OR alpha3 IS NULL OR LENGTH(alpha3) <> 3)"));
            check("organisations are EU, NATO, UN with NULL alpha3", 3, count(st,
                    "SELECT COUNT(*) FROM nation WHERE kind = 'ORGANISATION' AND code IN ('EU', 'NATO', 'UN') AND alpha3 IS NULL"));
            check("alpha3 unique", 0, count(st,
                    "SELECT COUNT(*) FROM (SELECT alpha3 FROM nation WHERE alpha3 IS NOT NULL GROUP BY alpha3 HAVING COUNT(*) > 1) d"));
            check("name_en unique (case-insensitive)", 0, count(st,
                    "SELECT COUNT(*) FROM (SELECT LOWER(name_en) FROM nation GROUP BY LOWER(name_en) HAVING COUNT(*) > 1) d"));
            check("name_fr unique (case-insensitive)", 0, count(st,
                    "SELECT COUNT(*) FROM (SELECT LOWER(name_fr) FROM nation GROUP BY LOWER(name_fr) HAVING COUNT(*) > 1) d"));
            check("no name_en of one nation is the name_fr of another", 0, count(st,
                    "SELECT COUNT(*) FROM nation a JOIN nation b ON LOWER(a.name_en) = LOWER(b.name_fr) AND a.code <> b.code"));
            check("no alias maps to two codes (case-insensitive)", 0, count(st,
                    "SELECT COUNT(*) FROM (SELECT LOWER(alias) FROM nation_alias GROUP BY LOWER(alias) HAVING COUNT(DISTINCT code) > 1) d"));
            check("no duplicate alias within a code (case-insensitive)", 0, count(st,
                    "SELECT COUNT(*) FROM (SELECT code, LOWER(alias) FROM nation_alias GROUP BY code, LOWER(alias) HAVING COUNT(*) > 1) d"));
            check("no alias equals any nation's name_en/name_fr (case-insensitive)", 0, count(st,
                    "SELECT COUNT(*) FROM nation_alias a JOIN nation n"
                    + " ON LOWER(a.alias) = LOWER(n.name_en) OR LOWER(a.alias) = LOWER(n.name_fr)"));
            check("no typographic apostrophe", 0, count(st,
                    "SELECT COUNT(*) FROM nation WHERE name_en LIKE '%\u2019%' OR name_fr LIKE '%\u2019%'"));
            check("no leading/trailing blanks", 0, count(st,
                    "SELECT COUNT(*) FROM nation WHERE name_en <> TRIM(name_en) OR name_fr <> TRIM(name_fr)"));

            String[][] spot = {
                {"FR", "France", "France"}, {"UA", "Ukraine", "Ukraine"}, {"SI", "Slovenia", "Slovénie"},
                {"US", "United States", "États-Unis"}, {"GB", "United Kingdom", "Royaume-Uni"},
                {"TR", "Türkiye", "Turquie"}, {"CZ", "Czechia", "Tchéquie"}, {"DE", "Germany", "Allemagne"},
                {"EG", "Egypt", "Égypte"}, {"CI", "Côte d'Ivoire", "Côte d'Ivoire"},
                {"KR", "South Korea", "Corée du Sud"}, {"KP", "North Korea", "Corée du Nord"},
                {"RU", "Russia", "Russie"}, {"MD", "Moldova", "Moldavie"}, {"VN", "Vietnam", "Viêt Nam"},
                {"EU", "European Union", "Union européenne"},
                {"NATO", "North Atlantic Treaty Organization", "Organisation du traité de l'Atlantique Nord"},
                {"UN", "United Nations", "Organisation des Nations unies"},
            };
            try (PreparedStatement ps = c.prepareStatement("SELECT name_en, name_fr FROM nation WHERE code = ?")) {
                for (String[] s : spot) {
                    ps.setString(1, s[0]);
                    try (ResultSet rs = ps.executeQuery()) {
                        String got = rs.next() ? rs.getString(1) + " / " + rs.getString(2) : "(missing)";
                        check("spot " + s[0], (s[1] + " / " + s[2]).equals(got), got);
                    }
                }
            }
            String[][] aliasSpot = {
                {"USA", "US"}, {"U.S.", "US"}, {"United States of America", "US"}, {"UK", "GB"},
                {"Great Britain", "GB"}, {"Turkey", "TR"}, {"Czech Republic", "CZ"}, {"Ivory Coast", "CI"},
                {"Korea, Republic of", "KR"}, {"DPRK", "KP"}, {"Holland", "NL"}, {"Russian Federation", "RU"},
                {"Swaziland", "SZ"}, {"Macedonia", "MK"}, {"Cape Verde", "CV"}, {"Burma", "MM"},
                {"East Timor", "TL"}, {"OTAN", "NATO"}, {"ONU", "UN"}, {"E.U.", "EU"},
            };
            try (PreparedStatement ps = c.prepareStatement("SELECT code FROM nation_alias WHERE alias = ?")) {
                for (String[] s : aliasSpot) {
                    ps.setString(1, s[0]);
                    try (ResultSet rs = ps.executeQuery()) {
                        String got = rs.next() ? rs.getString(1) : "(missing)";
                        check("alias '" + s[0] + "'", s[1].equals(got), got);
                    }
                }
            }
            System.out.println("aliases: " + count(st, "SELECT COUNT(*) FROM nation_alias"));
            st.execute("DROP TABLE nation_alias");
            st.execute("DROP TABLE nation");
        }
        int total = checks;
        System.out.println((total - failures) + " passed, " + failures + " failed");
        System.exit(failures == 0 ? 0 : 1);
    }

    static int checks = 0;

    static void check(String what, boolean ok, Object got) {
        checks++;
        if (!ok) { failures++; System.out.println("FAIL " + what + " (got " + got + ")"); }
        else System.out.println("ok   " + what);
    }

    static void check(String what, long expected, long got) { check(what, expected == got, got); }

    static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) { rs.next(); return rs.getLong(1); }
    }

    /** Splits on ';' outside single-quoted strings and '--' comments; drops comment-only parts. */
    static List<String> split(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inStr = false, inComment = false;
        for (int i = 0; i < script.length(); i++) {
            char ch = script.charAt(i);
            if (inComment) { if (ch == '\n') inComment = false; continue; }
            if (!inStr && ch == '-' && i + 1 < script.length() && script.charAt(i + 1) == '-') { inComment = true; continue; }
            if (ch == '\'') inStr = !inStr; // a doubled '' toggles twice, which is right
            if (ch == ';' && !inStr) { add(out, cur); continue; }
            cur.append(ch);
        }
        add(out, cur);
        return out;
    }

    static void add(List<String> out, StringBuilder cur) {
        if (!cur.toString().isBlank()) out.add(cur.toString().trim());
        cur.setLength(0);
    }
}
