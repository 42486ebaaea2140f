package kz.qualify.service.web;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure is the database being briefly away — its connection cut (PostgreSQL's
 * {@code pg_terminate_backend}, a restart, a failover), no connection to be had, a serialization
 * conflict — rather than a bug. Such a request is answered 503 with {@code Retry-After}, and a read
 * is tried once more first ({@link ReadsTriedTwice}); a bug stays a 500.
 */
public final class DatabaseFaults {

    /** Seconds a client is asked to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 2;

    private DatabaseFaults() {}

    public static boolean isFault(Throwable failure) {
        for (Throwable c = failure; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof DataAccessResourceFailureException
                    || c instanceof TransientDataAccessException
                    || c instanceof RecoverableDataAccessException
                    || c instanceof CannotCreateTransactionException
                    // a commit or a rollback that failed: the connection went away under it
                    || c instanceof TransactionSystemException
                    || c instanceof SQLTransientException
                    || c instanceof java.sql.SQLRecoverableException) {
                return true;
            }
            if (c instanceof SQLException sql && transientState(sql.getSQLState())) return true;
        }
        return false;
    }

    /**
     * SQL states of a lost or refused connection (class 08), of an operator's intervention (57P:
     * terminated, shutting down, cannot connect now), of insufficient resources (53) and of a
     * serialization failure or deadlock (40001, 40P01) — the transaction was rolled back whole.
     */
    static boolean transientState(String state) {
        if (state == null) return false;
        return state.startsWith("08")
                || state.startsWith("57P")
                || state.startsWith("53")
                || state.equals("40001")
                || state.equals("40P01");
    }
}
