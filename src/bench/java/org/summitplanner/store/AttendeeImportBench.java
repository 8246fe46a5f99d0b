package org.summitplanner.store;

import static org.summitplanner.store.jooq.Tables.ATTENDEE;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.Role;
import org.summitplanner.service.Services;

/**
 * The import's commit path (AttendeeImportStore: one transaction, jOOQ batches of 1,000 with the
 * stamp check and the import row) against a plain JDBC batch insert of the same rows into the
 * same table, in the same run, on an H2 file database. Goal of issue 5: within 2x of JDBC.
 *
 * <p>It lives in the store package because only the store may touch JDBC (ArchitectureTest).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@Fork(1)
public class AttendeeImportBench {

    @Param({"20000"})
    public int rows;

    private Path dir;
    private Database database;
    private AttendeeImportStore store;
    private long summitId;
    private List<Attendee> attendees;

    @Setup(Level.Trial)
    public void open() throws Exception {
        dir = Files.createTempDirectory("import-bench");
        database = Database.openFile(dir.resolve("bench.mv.db"), s -> { });
        summitId = Services.of(database).summits().loadDemo().id();
        store = new AttendeeImportStore(database);
        String[] nations = {"FR", "DE", "GB", "IT", "ES", "PL", "NL", "BE", "DK", "SE"};
        attendees = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            attendees.add(new Attendee(0, null, nations[i % nations.length], "Given" + i, "Family" + i, "Mr",
                    "Adviser, delegation " + (i % 34), Role.ADVISER, false, "person" + i + "@example.org",
                    "+33 1 00 " + i, List.of("en", "fr"), null, null, null, 0));
        }
    }

    /** Each measurement starts from the demo summit's own attendees. */
    @Setup(Level.Invocation)
    public void clean() {
        database.dsl().deleteFrom(ATTENDEE).where(ATTENDEE.SUMMIT_ID.eq(summitId).and(ATTENDEE.EMAIL.like("person%")))
                .execute();
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        database.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public int importStoreCommit() {
        return store.commit(summitId, "bench.csv", store.stamp(summitId), false, writer -> attendees.forEach(writer),
                () -> false).insertedCount();
    }

    @Benchmark
    public int plainJdbcBatch() throws Exception {
        return database.dsl().connectionResult(c -> jdbc(c));
    }

    private int jdbc(Connection c) throws Exception {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO attendee (summit_id, import_id, ext_key, "
                + "nation_code, given_name, family_name, honorific, position, role, head_of_delegation, email, phone, "
                + "languages, arrives_at, departs_at, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (Attendee a : attendees) {
                insert.setLong(1, summitId);
                insert.setNull(2, Types.BIGINT);
                insert.setNull(3, Types.VARCHAR);
                insert.setString(4, a.nation());
                insert.setString(5, a.givenName());
                insert.setString(6, a.familyName());
                insert.setString(7, a.honorific());
                insert.setString(8, a.position());
                insert.setString(9, a.role().name());
                insert.setNull(10, Types.BOOLEAN);
                insert.setString(11, a.email());
                insert.setString(12, a.phone());
                insert.setString(13, String.join(",", a.languages()));
                insert.setNull(14, Types.TIMESTAMP_WITH_TIMEZONE);
                insert.setNull(15, Types.TIMESTAMP_WITH_TIMEZONE);
                insert.setNull(16, Types.VARCHAR);
                insert.addBatch();
                if (++n % AttendeeImportStore.BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            c.commit();
            return n;
        } finally {
            c.setAutoCommit(auto);
        }
    }
}
