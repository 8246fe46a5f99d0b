package org.summitplanner.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.Room;
import org.summitplanner.model.Summit;
import org.summitplanner.store.Database;
import org.summitplanner.store.PgCluster;
import org.summitplanner.store.PgLocation;
import org.summitplanner.errors.StaleDataException;
import org.summitplanner.store.TestDatabases;

/**
 * Two clients on one team database: a save in one reaches the other within a second (LISTEN/NOTIFY),
 * and their version-checked edits stay correct across clients.
 */
class LiveUpdatesTest {

    private final List<AutoCloseable> opened = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
    }

    private Services client(PgLocation location) {
        Database db = PgCluster.get().openAsSuperuser(location);
        opened.add(db);
        return Services.of(db);
    }

    @Test
    void aSaveInOneClientReachesTheOtherWithinASecond() throws Exception {
        PgLocation location = PgCluster.get().freshDatabase();
        Services first = client(location);
        Services second = client(location);
        Summit demo = first.summits().loadDemo();

        BlockingQueue<Long> seen = new LinkedBlockingQueue<>();
        TeamService.Feed listening = second.team().listen(seen::add);
        opened.add(listening);
        assertNull(heard(listening, seen, 300), "nothing changed yet");

        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            first.rooms().add(demo.id(), new Room(0, "LIVE-" + i, "Live room " + i, "Annex", 10, 0));
            Long summit = heard(listening, seen, 1_000);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertNotNull(summit, "the second client heard nothing within 1 s of the save");
            assertEquals(demo.id(), summit);
            latencies.add(millis);
            // what it reads then is the change
            assertTrue(second.rooms().rooms(demo.id()).stream().anyMatch(r -> r.room().key().equals("LIVE-" + (latencies.size() - 1))));
            seen.clear();
        }
        System.out.println("save -> other client notified, ms: " + latencies);
        assertTrue(latencies.stream().allMatch(ms -> ms < 1_000), latencies.toString());
    }

    @Test
    void twoClientsEditingTheSameRowTheSecondIsAskedToReloadOrOverwrite() {
        PgLocation location = PgCluster.get().freshDatabase();
        Services first = client(location);
        Services second = client(location);
        Summit demo = first.summits().loadDemo();
        var attendee = second.attendees().attendees(demo.id()).get(0);
        first.attendees().update(attendee.withVersion(attendee.version()));
        // the second still holds the version it read: refused (the screen then asks reload or overwrite)
        assertThrows(StaleDataException.class, () -> second.attendees().update(attendee));
        var overwritten = second.attendees().overwrite(demo.id(), attendee);
        assertEquals(attendee.version() + 2, overwritten.version());
        assertEquals(overwritten, first.attendees().current(attendee.id()).orElseThrow());
    }

    @Test
    void anH2FileHearsNothing() throws Exception {
        Database db = TestDatabases.fresh();
        opened.add(db);
        Services services = Services.of(db);
        BlockingQueue<Long> seen = new LinkedBlockingQueue<>();
        TeamService.Feed listening = services.team().listen(seen::add);
        opened.add(listening);
        services.summits().loadDemo();
        assertNull(heard(listening, seen, 300));
    }

    /** Polls the feed as the window does (every 20 ms here) until something is heard or the time is up. */
    private static Long heard(TeamService.Feed feed, BlockingQueue<Long> seen, long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) {
            feed.poll();
            Long summit = seen.poll(20, TimeUnit.MILLISECONDS);
            if (summit != null) {
                return summit;
            }
        }
        return null;
    }

    private static <T extends Throwable> void assertThrows(Class<T> type, org.junit.jupiter.api.function.Executable run) {
        org.junit.jupiter.api.Assertions.assertThrows(type, run);
    }
}
