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
        afterCommit.set(new ArrayList<>());
        try {
            T result = work.get();
            sessions.commit(true);
            runAfterCommit();
            return result;
        } catch (RuntimeException | Error e) {
            sessions.rollback(true);
            throw e;
        } finally {
            afterCommit.remove();
            sessions.close();
        }
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

    private void runAfterCommit() {
        for (Runnable action : afterCommit.get()) {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOGGER.warn("An action after commit failed; the committed change stands", e);
            }
        }
    }
}
