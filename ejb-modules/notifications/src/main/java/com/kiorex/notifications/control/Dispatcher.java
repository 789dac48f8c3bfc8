package com.kiorex.notifications.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every two seconds, sends what is due, one delivery per transaction, at most a batch per tick so a
 * backlog (after an outage) drains steadily without holding the timer. Non-persistent timer: each
 * node runs its own; the row locks keep them apart. Bean-managed so the tick itself holds no
 * transaction (Payara would otherwise wrap a {@code @Schedule} callback in one).
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class Dispatcher {

    static final int BATCH = 100;
    private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());

    @Inject
    DeliveryWorker worker;

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
    void tick() {
        try {
            for (int i = 0; i < BATCH && worker.sendNext(); i++) {
                // next
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "notification dispatch stopped for this tick", e);
        }
    }
}
