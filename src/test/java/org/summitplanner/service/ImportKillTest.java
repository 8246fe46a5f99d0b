package org.summitplanner.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.summitplanner.model.Summit;
import org.summitplanner.model.SummitOverview;
import org.summitplanner.store.ChildJvm;
import org.summitplanner.store.Database;
import static org.summitplanner.store.jooq.Tables.ATTENDEE_IMPORT;

/**
 * kill -9 during a large import (issue 10 item 2): whatever the moment, the database opens cleanly
 * and holds the summit either as before the import or with all of it, never part of it; the export
 * and the checks read it whole.
 */
class ImportKillTest {

    private static final int ROWS = 10_000;
    private static final int DEMO_ATTENDEES = 113;

    @TempDir
    Path dir;

    private record KillPoint(String name, Predicate<String> line, long delayMillis) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"two-step", "one-reading"})
    void aKilledImportLeavesTheSummitAsBeforeOrAsAfterNeverBetween(String mode) throws Exception {
        Path base = dir.resolve("base.mv.db");
        try (Database db = Database.openFile(base, s -> { })) {
            Services.of(db).summits().loadDemo();
        }
        Path list = dir.resolve("list.csv");
        Files.writeString(list, ImportLists.generated(ROWS));
        // one run to the end first: how long the commit takes after the last rows are sent, on this machine
        long commitMillis;
        Path whole = dir.resolve("whole.mv.db");
        Files.copy(base, whole);
        try (ChildJvm child = ChildJvm.start(ImportChild.class, dir.resolve("child.log"), whole.toString(),
                list.toString(), mode)) {
            assertNotNull(child.awaitLine(progressAtLeast(1.0)), child.lines().toString());
            long sent = System.nanoTime();
            assertNotNull(child.awaitLine(line -> line.equals("committed")), child.lines().toString());
            commitMillis = (System.nanoTime() - sent) / 1_000_000;
            assertEquals(0, child.await(), Files.readString(dir.resolve("child.log")));
        }
        assertEquals("after", verify(whole, "a run to the end"));
        List<KillPoint> points = List.of(
                new KillPoint("while planning", line -> line.startsWith("planned"), 0),
                new KillPoint("at 40% of the rows written", progressAtLeast(0.4), 0),
                new KillPoint("as the last rows are sent", progressAtLeast(1.0), 0),
                new KillPoint("half way to the end of the commit", progressAtLeast(1.0), commitMillis / 2),
                new KillPoint("near the end of the commit", progressAtLeast(1.0), commitMillis * 4 / 5),
                new KillPoint("after the commit, before closing", line -> line.equals("committed"), 0));
        List<String> outcomes = new ArrayList<>();
        for (KillPoint point : points) {
            Path file = dir.resolve("kill-" + outcomes.size() + ".mv.db");
            Files.copy(base, file);
            try (ChildJvm child = ChildJvm.start(ImportChild.class, dir.resolve("child.log"), file.toString(),
                    list.toString(), mode)) {
                String line = child.awaitLine(point.line());
                assertNotNull(line, point.name() + ": the child ended before the kill point: " + child.lines()
                        + "\n" + Files.readString(dir.resolve("child.log")));
                if (point.delayMillis() > 0) {
                    Thread.sleep(point.delayMillis());
                }
                child.kill();
            }
            outcomes.add(point.name() + ": " + verify(file, point.name()));
        }
        System.out.println("ImportKillTest " + mode + " (commit " + commitMillis + " ms): " + String.join("; ", outcomes));
    }

    private static Predicate<String> progressAtLeast(double fraction) {
        return line -> line.startsWith("progress ") && Double.parseDouble(line.substring(9)) >= fraction;
    }

    /** Opens the killed database the way the app does and checks all or nothing; "before" or "after". */
    private static String verify(Path file, String point) {
        try (Database db = Database.openFile(file, s -> { })) {
            Services services = Services.of(db);
            Summit summit = services.summits().find(null);
            SummitOverview overview = services.summits().overview(summit.id());
            int attendees = overview.attendees();
            assertTrue(attendees == DEMO_ATTENDEES || attendees == DEMO_ATTENDEES + ROWS,
                    point + ": a partial import is visible: " + attendees + " attendees");
            // the whole summit reads back (every index agrees with the table) and checks
            byte[] exported = services.summits().export(summit.id());
            int inFile = new String(exported, java.nio.charset.StandardCharsets.UTF_8).split("\"givenName\"").length - 1;
            assertEquals(attendees, inFile, point + ": the export holds every attendee");
            services.checks().check(summit.id());
            int imports = db.dsl().fetchCount(ATTENDEE_IMPORT);
            assertEquals(attendees == DEMO_ATTENDEES ? 0 : 1, imports, point + ": the import's own record");
            return attendees == DEMO_ATTENDEES ? "before" : "after";
        }
    }
}
