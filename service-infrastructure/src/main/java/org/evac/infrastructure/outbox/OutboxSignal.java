package org.evac.infrastructure.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Wakes the relay when a transaction that wrote outbox rows commits, so an event leaves within
 * milliseconds instead of at the next poll.
 *
 * <p>The signal stays inside the JVM on purpose. PostgreSQL's NOTIFY would also reach the relays of
 * other instances, but a notifying transaction holds a database-wide lock from pre-commit to the
 * end of its commit, WAL flush included, which serialises every registration's commit. Other
 * instances do not need it: the committing instance's own relay publishes the rows, or waits for
 * the instance whose relay holds the lock to finish and then looks again (see {@link OutboxRelay}).
 */
@ApplicationScoped
public class OutboxSignal {

    private static final Object REGISTERED = OutboxSignal.class;

    private final Semaphore raised = new Semaphore(0);
    private final TransactionSynchronizationRegistry transactions;

    public OutboxSignal(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** Raises the signal when the current transaction commits (once per transaction). */
    void afterCommit() {
        if (transactions.getResource(REGISTERED) != null) {
            return;
        }
        transactions.putResource(REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(
                new Synchronization() {
                    @Override
                    public void beforeCompletion() {}

                    @Override
                    public void afterCompletion(int status) {
                        if (status == Status.STATUS_COMMITTED) {
                            raise();
                        }
                    }
                });
    }

    void raise() {
        // At most one permit waits: many commits during one relay pass need one more pass, not
        // many.
        if (raised.availablePermits() == 0) {
            raised.release();
        }
    }

    /**
     * @return true when raised, false when {@code timeout} passed first
     */
    boolean await(Duration timeout) throws InterruptedException {
        boolean wasRaised = raised.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
        raised.drainPermits();
        return wasRaised;
    }
}
