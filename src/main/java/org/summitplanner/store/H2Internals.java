package org.summitplanner.store;

import org.summitplanner.errors.DatabaseException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.Database;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.tx.Transaction;
import org.h2.mvstore.tx.TransactionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two places where the application reaches below H2's JDBC API, both to work around defects
 * of H2 2.5.252 that lose or hang data (see docs/decisions/0012-crash-safe-import.md):
 *
 * <ul>
 *   <li><b>A commit interrupted by a crash is never finished.</b> H2 marks a transaction's undo log
 *       "committed", then applies it entry by entry. When the store is written in between (by the
 *       background writer or because the commit itself created many changed pages) and the process
 *       dies, the next open finds a transaction in state COMMITTED; {@code endLeftoverTransactions}
 *       calls {@code Transaction.commit()} on it, which does nothing for a transaction that is no
 *       longer active. Half of the transaction stays applied, the other half stays locked by a
 *       transaction that never ends, and secondary indexes point to rows the table does not show
 *       ("Row not found in primary index"). {@link #finishInterruptedCommits} completes such a
 *       commit with H2's own recovery code path ({@code TransactionStore.commit(t, true)}), right
 *       after the database is opened and before anything else reads it.</li>
 *   <li><b>After a failed write, the next statement can spin forever.</b> When a write of the store
 *       fails (a full disk), the store records a panic but stays open, and a later COMMIT or
 *       ROLLBACK statement may loop without end in {@code MVStore.registerVersionUsage}. {@link
 *       #writeFailure} tells whether that happened, so that no statement is sent after it, and
 *       {@link #shutDownImmediately} closes the files without writing.</li>
 * </ul>
 *
 * <p>Both are tested against the pinned H2 version (H2RecoveryTest, DiskFullTest): a change of H2
 * that breaks the reflection fails those tests instead of going unnoticed.
 */
final class H2Internals {

    private static final Logger LOG = LoggerFactory.getLogger(H2Internals.class);

    private H2Internals() {
    }

    /** The H2 engine behind a connection of ours, or null for another kind of connection. */
    static Database engine(Connection connection) {
        try {
            if (connection.isWrapperFor(JdbcConnection.class)
                    && connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session) {
                return session.getDatabase();
            }
        } catch (SQLException e) {
            LOG.debug("Not an embedded H2 connection", e);
        }
        return null;
    }

    /** The store's recorded write failure (a full disk ...), or null while writing works. */
    static Throwable writeFailure(Database engine) {
        if (engine == null || engine.getStore() == null) {
            return null;
        }
        MVStore store = engine.getStore().getMvStore();
        return store == null ? null : store.getPanicException();
    }

    /** Closes the database files without writing anything more (after a write failure). */
    static void shutDownImmediately(Database engine) {
        if (engine != null) {
            try {
                engine.shutdownImmediately();
            } catch (RuntimeException e) {
                LOG.debug("Shutting down {} after a write failure", engine.getName(), e);
            }
        }
    }

    /**
     * Whether the store holds a transaction that a crash left behind, committed but not finished or never
     * committed: such a file is opened for writing, which finishes or rolls them back (see
     * {@link #finishInterruptedCommits}), never only read. True when it cannot be told.
     */
    static boolean hasLeftoverTransactions(javax.sql.DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            Database engine = engine(c);
            if (engine == null || engine.getStore() == null) {
                return true;
            }
            // the connection asking has none open: any transaction listed is a leftover
            return !engine.getStore().getTransactionStore().getOpenTransactions().isEmpty();
        } catch (SQLException | RuntimeException e) {
            LOG.debug("Cannot list the open transactions", e);
            return true;
        }
    }

    /**
     * Completes every transaction that a crash interrupted while it was being committed (see the
     * class comment), then writes the store.
     *
     * @return how many were completed (0 almost always)
     */
    static int finishInterruptedCommits(Connection connection) {
        Database engine = engine(connection);
        if (engine == null || engine.getStore() == null) {
            return 0;
        }
        TransactionStore transactions = engine.getStore().getTransactionStore();
        int finished = 0;
        for (Transaction t : transactions.getOpenTransactions()) {
            if (t.getStatus() != Transaction.STATUS_COMMITTED) {
                continue;
            }
            long start = System.nanoTime();
            try {
                Method commit = TransactionStore.class.getDeclaredMethod("commit", Transaction.class, boolean.class);
                commit.setAccessible(true);
                commit.invoke(transactions, t, true);
                Method close = Transaction.class.getDeclaredMethod("close", boolean.class, Throwable.class);
                close.setAccessible(true);
                close.invoke(t, true, null);
            } catch (InvocationTargetException e) {
                throw new DatabaseException("Cannot finish a save that was interrupted in " + engine.getName()
                        + ": " + e.getCause(), e.getCause());
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalStateException("This H2 version cannot be repaired after a crash (" + e + "); "
                        + "the application was built for H2 2.5.252", e);
            }
            finished++;
            LOG.info("Finished a save that a crash had interrupted (transaction {}) in {} ms", t.getId(),
                    (System.nanoTime() - start) / 1_000_000);
        }
        if (finished > 0) {
            engine.getStore().getMvStore().commit();
        }
        return finished;
    }
}
