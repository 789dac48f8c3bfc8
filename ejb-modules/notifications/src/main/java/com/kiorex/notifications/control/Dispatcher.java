package com.kiorex.notifications.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what is due, one notification's due channels per transaction ({@link DeliveryWorker#sendNext}: claim with
 * {@code SKIP LOCKED}, send, record the status, commit), with a few workers side by side. Every two
 * seconds the timer starts the workers that are not running; each keeps sending while anything is
 * due and stops when nothing is. So a wave of reminders due at the same minute goes out at the speed
 * of the relay and the database, without pauses between ticks, and an idle node costs one claim
 * query per worker and tick. The timer itself never waits for a send: a tick that waited for its
 * workers overran its two seconds under load, and nothing was sent until the next expiration.
 * Non-persistent timer: each node runs its own; the row locks keep nodes and workers apart.
 * Bean-managed so the tick holds no transaction (Payara would otherwise wrap a {@code @Schedule}
 * callback in one).
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());

    @Inject
    DeliveryWorker worker;

    @Inject
    NotificationsConfig config;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    private final AtomicInteger running = new AtomicInteger();
    private volatile boolean stopping;
    private ExecutorService workers;

    @PostConstruct
    void start() {
        // threads from the container's factory, so they call the worker bean with the application's context
        workers = Executors.newFixedThreadPool(config.dispatchWorkers(), threads);
    }

    @PreDestroy
    void stop() {
        stopping = true;
        workers.shutdownNow();
    }

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
    void tick() {
        while (!stopping && running.get() < config.dispatchWorkers()) {
            running.incrementAndGet();
            workers.execute(this::drain);
        }
    }

    private void drain() {
        try {
            while (!stopping && worker.sendNext()) {
                // next
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a notification dispatch worker stopped until the next tick", e);
        } finally {
            running.decrementAndGet();
        }
    }
}
