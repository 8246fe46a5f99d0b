package org.summitplanner.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Other clients' changes as they commit, on a team database: one connection LISTENs on the channel
 * that the audit trigger NOTIFYs (payload: the changed summit's id) and hands each id to the
 * listener, on its own daemon thread. The server delivers a notification only at commit, and a
 * transaction's repeats once. When the connection breaks (a server restart) it connects again.
 * This client's own changes come back too: a screen then reads once more, which is harmless.
 */
final class ChangeFeed implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);
    /** How long one wait for notifications lasts; also how soon close() takes effect. */
    private static final int WAIT_MILLIS = 200;

    private final DataSource dataSource;
    private final LongConsumer listener;
    private final Thread thread;
    private volatile boolean closed;

    ChangeFeed(DataSource dataSource, LongConsumer listener) {
        this.dataSource = dataSource;
        this.listener = listener;
        this.thread = new Thread(this::run, "summit-planner-changes");
        thread.setDaemon(true);
    }

    ChangeFeed start() {
        thread.start();
        return this;
    }

    /** Waits until the feed listens, so that a change committed after this returns is seen. */
    private final java.util.concurrent.CountDownLatch listening = new java.util.concurrent.CountDownLatch(1);

    boolean awaitListening(long millis) throws InterruptedException {
        return listening.await(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private void run() {
        while (!closed) {
            try (Connection c = dataSource.getConnection()) {
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + V12_1__AuditTriggers.CHANNEL);
                }
                listening.countDown();
                PGConnection pg = c.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
                    if (notifications == null) {
                        continue;
                    }
                    for (PGNotification n : notifications) {
                        deliver(n.getParameter());
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    return;
                }
                LOG.warn("Listening for other clients' changes failed ({}); trying again", e.getMessage());
                try {
                    Thread.sleep(2_000);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private void deliver(String payload) {
        try {
            listener.accept(payload == null || payload.isEmpty() ? -1 : Long.parseLong(payload));
        } catch (RuntimeException e) {
            LOG.warn("A change listener failed", e);
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
