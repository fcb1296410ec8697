package org.standfirst.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Connections and transactions. A transaction is bound to the calling thread, so repositories
 * called inside {@link #transaction} share it without any JDBC type leaving the store; outside
 * one, each write is its own transaction. Safe to use from many threads at once.
 */
public final class Db {
    /** A unit of JDBC work. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private static final int ATTEMPTS = 3;

    private final JdbcConnectionPool pool;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private final AtomicBoolean changed = new AtomicBoolean();

    Db(JdbcConnectionPool pool) {
        this.pool = pool;
    }

    /** Runs the body in one transaction: all of its writes land, or none do. */
    public <T> T transaction(Supplier<T> body) {
        if (current.get() != null) {
            return body.get();
        }
        for (int attempt = 1; ; attempt++) {
            try (Connection c = pool.getConnection()) {
                c.setAutoCommit(false);
                current.set(c);
                try {
                    T result = body.get();
                    c.commit();
                    changed.set(true);
                    return result;
                } catch (RuntimeException | Error e) {
                    c.rollback();
                    if (attempt < ATTEMPTS && isConflict(e)) {
                        continue;
                    }
                    throw e;
                } finally {
                    current.remove();
                    c.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new StoreException("The workspace could not complete a change: " + e.getMessage(), e);
            }
        }
    }

    public void transaction(Runnable body) {
        transaction(() -> {
            body.run();
            return null;
        });
    }

    /** True once any transaction has committed since the workspace was opened. */
    public boolean hasChanged() {
        return changed.get();
    }

    <T> T read(Work<T> work) {
        Connection c = current.get();
        try {
            if (c != null) {
                return work.run(c);
            }
            try (Connection own = pool.getConnection()) {
                return work.run(own);
            }
        } catch (SQLException e) {
            throw new StoreException("The workspace could not be read: " + e.getMessage(), e);
        }
    }

    <T> T write(Work<T> work) {
        Connection c = current.get();
        if (c != null) {
            try {
                return work.run(c);
            } catch (SQLException e) {
                throw new StoreException("The workspace could not be changed: " + e.getMessage(), e);
            }
        }
        return transaction(() -> write(work));
    }

    void close() {
        pool.dispose();
    }

    private static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && ("40001".equals(s.getSQLState()) || s.getErrorCode() == 90131
                    || s.getErrorCode() == 50200)) {
                return true;
            }
        }
        return false;
    }

    static OffsetDateTime ts(Instant i) {
        return i == null ? null : OffsetDateTime.ofInstant(i.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    static Instant instant(java.sql.ResultSet rs, String col) throws SQLException {
        OffsetDateTime o = rs.getObject(col, OffsetDateTime.class);
        return o == null ? null : o.toInstant();
    }
}
