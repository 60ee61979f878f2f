package org.grouprise.server.db;

import org.apache.ibatis.session.SqlSessionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs work in one database transaction on the current thread. Every mapper call inside joins it,
 * across features, so that a change and the outbox rows it causes commit or roll back together.
 * A nested call joins the outer transaction.
 */
public final class Transactions {
    private static final Logger LOGGER = LoggerFactory.getLogger(Transactions.class);

    private final SqlSessionManager sessions;
    private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();

    Transactions(SqlSessionManager sessions) {
        this.sessions = sessions;
    }

    public <T> T inTransaction(Supplier<T> work) {
        if (sessions.isManagedSessionStarted()) {
            return work.get();
        }
        sessions.startManagedSession();
        List<Runnable> actions = new ArrayList<>();
        afterCommit.set(actions);
        T result;
        try {
            result = work.get();
            sessions.commit(true);
        } catch (RuntimeException | Error e) {
            sessions.rollback(true);
            throw e;
        } finally {
            afterCommit.remove();
            sessions.close();
        }
        // Only after close: on SQLite the connection holds the write lock until then, and an action
        // that writes through another connection (the task runner's, say) would wait for it in vain.
        runAfterCommit(actions);
        return result;
    }

    public void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs the action once the current transaction has committed (for example to wake a delivery
     * task); outside a transaction it runs at once. It never runs after a rollback.
     */
    public void afterCommit(Runnable action) {
        List<Runnable> actions = afterCommit.get();
        if (actions == null) {
            action.run();
        } else {
            actions.add(action);
        }
    }

    private static void runAfterCommit(List<Runnable> actions) {
        for (Runnable action : actions) {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOGGER.warn("An action after commit failed; the committed change stands", e);
            }
        }
    }
}
