package com.kiorex.kernel.messaging.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Wakes the outbox relay as soon as a transaction that wrote events commits, so events leave within
 * milliseconds instead of at the next poll. A rolled-back transaction does not wake it.
 */
@ApplicationScoped
public class OutboxSignal {

    /** Fired for every event written to the outbox; observed after a successful commit only. */
    public enum Written { INSTANCE }

    private final Semaphore pending = new Semaphore(0);

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Written written) {
        nudge();
    }

    /** At most one wake-up is kept: one relay pass takes everything that is waiting. */
    public void nudge() {
        if (pending.availablePermits() == 0) {
            pending.release();
        }
    }

    /** Waits for a nudge or the timeout; true when nudged. */
    public boolean await(long millis) throws InterruptedException {
        boolean nudged = pending.tryAcquire(millis, TimeUnit.MILLISECONDS);
        pending.drainPermits();
        return nudged;
    }
}
