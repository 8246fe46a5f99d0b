package org.summitplanner.store;

import org.summitplanner.errors.DiskWriteException;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.LoggerFactory;

/**
 * The H2 pool as the application and Flyway see it: once a write of the database file has failed
 * (a full disk), no statement reaches H2 any more, because H2 2.5.252 may then loop forever in the
 * next COMMIT or ROLLBACK (see {@link H2Internals}). The transaction that met the failure ends with
 * a {@link DiskWriteException} naming the file and its disk instead of a rollback; H2 closes its
 * files without writing, so the file keeps its last good state (H2 rolls the unfinished
 * transaction back when the file is next opened); later calls fail at once with the same message.
 */
final class StorageGuard implements DataSource {

    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(StorageGuard.class);
    /** The calls that end or steer a transaction: H2 runs a statement for them. */
    private static final Set<String> GUARDED = Set.of("commit", "rollback", "setAutoCommit", "setSavepoint",
            "releaseSavepoint", "close");

    private final JdbcConnectionPool pool;
    private final Path dataFile;
    private volatile org.h2.engine.Database engine;
    private volatile DiskWriteException failure;

    StorageGuard(JdbcConnectionPool pool, Path dataFile) {
        this.pool = pool;
        this.dataFile = dataFile;
    }

    /** The write failure met so far, or null. */
    DiskWriteException failure() {
        return failure != null ? failure : check();
    }

    /** Checks H2's own record of a failed write; on the first one, stops writing for good. */
    private DiskWriteException check() {
        if (failure == null) {
            Throwable broken = H2Internals.writeFailure(engine);
            if (broken != null) {
                synchronized (this) {
                    if (failure == null) {
                        failure = DiskWriteException.of(dataFile, broken);
                        LOG.info("Writing {} failed; closing it without writing more", dataFile, broken);
                        H2Internals.shutDownImmediately(engine);
                    }
                }
            }
        }
        return failure;
    }

    @Override
    public Connection getConnection() throws SQLException {
        DiskWriteException failed = failure();
        if (failed != null) {
            throw failed;
        }
        Connection connection = pool.getConnection();
        if (engine == null) {
            engine = H2Internals.engine(connection);
        }
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                new Guarded(connection));
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return getConnection();
    }

    /** One pooled connection: its transaction calls check for a failed write first. */
    private final class Guarded implements InvocationHandler {
        private final Connection connection;
        private boolean closed;

        Guarded(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("unwrap") || name.equals("isWrapperFor")) {
                return method.invoke(connection, args);
            }
            if (GUARDED.contains(name)) {
                if (name.equals("close") && closed) {
                    return null;
                }
                DiskWriteException failed = failure();
                if (failed != null) {
                    if (name.equals("close")) {
                        // the pooled connection would run ROLLBACK and COMMIT: leave it to the shut-down engine
                        closed = true;
                        return null;
                    }
                    throw failed;
                }
                if (name.equals("close")) {
                    closed = true;
                }
            }
            try {
                return method.invoke(connection, args);
            } catch (InvocationTargetException e) {
                DiskWriteException failed = failure();
                if (failed != null && e.getCause() instanceof SQLException) {
                    throw failed;
                }
                throw e.getCause();
            }
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(pool)) {
            return type.cast(pool);
        }
        throw new SQLException("Not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(pool);
    }
}
