package org.summitplanner.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.tx.Transaction;

/**
 * Child JVM of {@link H2RecoveryTest}: inserts many attendees in one transaction and dies (halt,
 * as kill -9) while H2 is applying that transaction's commit, right after the store was written
 * with the commit half applied: the state a kill during a large import's commit left behind.
 * Prints "halted mid-commit" (then dies) or "commit finished first".
 */
public final class InterruptedCommitChild {

    private InterruptedCommitChild() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int rows = Integer.parseInt(args[1]);
        Connection c = DriverManager.getConnection("jdbc:h2:file:" + base + Database.URL_FLAGS, "sa", "");
        SessionLocal session = (SessionLocal) c.unwrap(JdbcConnection.class).getSession();
        MVStore store = session.getDatabase().getStore().getMvStore();
        c.setAutoCommit(false);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO attendee (summit_id, nation_code, given_name, "
                + "family_name, role, email) VALUES (1, ?, ?, ?, 'ADVISER', ?)")) {
            String[] nations = {"FR", "DE", "GB", "IT", "ES", "PL", "NL", "BE"};
            for (int i = 1; i <= rows; i++) {
                insert.setString(1, nations[i % nations.length]);
                insert.setString(2, "Given" + i);
                insert.setString(3, "Family" + i);
                insert.setString(4, "child" + i + "@example.org");
                insert.addBatch();
                if (i % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        Transaction tx = session.getTransaction();
        Thread killer = new Thread(() -> {
            while (tx.getStatus() != Transaction.STATUS_COMMITTED) {
                Thread.onSpinWait();
            }
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                return;
            }
            store.commit();
            if (tx.getStatus() == Transaction.STATUS_COMMITTED) {
                System.out.println("halted mid-commit");
                System.out.flush();
                Runtime.getRuntime().halt(9);
            }
        });
        killer.setDaemon(true);
        killer.start();
        c.commit();
        killer.join(10_000);
        System.out.println("commit finished first");
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }
}
