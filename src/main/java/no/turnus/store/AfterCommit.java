package no.turnus.store;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Work that must only see rows once they are committed: when called inside a transaction (a write and its audit
 * row, see the API's Access), it runs after the commit, or the undo runs after a rollback; outside one, at once.
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    public static void run(Runnable committed, Runnable rolledBack) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            committed.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                (status == STATUS_COMMITTED ? committed : rolledBack).run();
            }
        });
    }
}
