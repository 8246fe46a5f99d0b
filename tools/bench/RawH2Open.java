import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The baseline of the opening benchmark (tools/bench/open-bench.sh): a JVM that opens the H2 file with the
 * app's URL flags, runs one query over the summits and their counts, prints them and closes. Nothing else:
 * no Flyway, jOOQ, logging or command line. Compiled and run by the harness with only H2 on the class path.
 */
public final class RawH2Open {

    public static void main(String[] args) throws Exception {
        String url = "jdbc:h2:file:" + args[0] + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT s.id, s.name, s.first_day, s.last_day,"
                     + " (SELECT COUNT(*) FROM attendee a WHERE a.summit_id = s.id),"
                     + " (SELECT COUNT(*) FROM room o WHERE o.summit_id = s.id),"
                     + " (SELECT COUNT(*) FROM agenda_item i WHERE i.summit_id = s.id)"
                     + " FROM summit s ORDER BY s.id")) {
            while (r.next()) {
                System.out.printf("%-4d  %s  %s..%s  %d  %d  %d%n", r.getLong(1), r.getString(2), r.getDate(3),
                        r.getDate(4), r.getLong(5), r.getLong(6), r.getLong(7));
            }
        }
    }
}
