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
 * that the audit trigger NOTIFYs (payload: the changed summit's id), and {@link #poll()} hands the
 * listener the id of each notification received since the last poll, without waiting. The feed owns
 * no thread: whoever shows the changes polls it on their own worker (the window: a JavaFX task on the
 * database worker, a few times a second). The server delivers a notification only at commit, and a
 * transaction's repeats once. When the connection breaks (a server restart) the next poll connects
 * again. This client's own changes come back too: a screen then reads once more, which is harmless.
 * On an H2 file (no data source) nothing is ever heard.
 */
public final class ChangeFeed implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);

    private final DataSource dataSource;
    private final LongConsumer listener;
    private Connection connection;
    private boolean closed;

    ChangeFeed(DataSource dataSource, LongConsumer listener) {
        this.dataSource = dataSource;
        this.listener = listener;
    }

    /** Starts listening now, so that every change committed after this returns is heard. */
    synchronized ChangeFeed open() {
        if (dataSource != null) {
            try {
                connect();
            } catch (SQLException e) {
                LOG.warn("Cannot listen for other clients' changes yet ({}); the next poll tries again", e.getMessage());
            }
        }
        return this;
    }

    /** Hands the listener what arrived since the last poll; never waits for more. */
    public synchronized void poll() {
        if (dataSource == null || closed) {
            return;
        }
        try {
            if (connection == null) {
                connect();
            }
            PGNotification[] notifications = connection.unwrap(PGConnection.class).getNotifications();
            if (notifications != null) {
                for (PGNotification n : notifications) {
                    deliver(n.getParameter());
                }
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Listening for other clients' changes failed ({}); the next poll tries again", e.getMessage());
            disconnect();
        }
    }

    private void connect() throws SQLException {
        Connection c = dataSource.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("LISTEN " + V12_1__AuditTriggers.CHANNEL);
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
        connection = c;
    }

    private void disconnect() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("Closing the listening connection", e);
            }
            connection = null;
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
    public synchronized void close() {
        closed = true;
        disconnect();
    }
}
