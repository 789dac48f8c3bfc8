package com.kiorex.kernel.messaging.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Moves outbox events to the broker on one managed thread: a pass right after each commit that wrote
 * events (see {@link OutboxSignal}), otherwise a poll every {@value #POLL_MILLIS} ms. When the broker
 * is unreachable it backs off (doubling up to {@value #MAX_BACKOFF_MILLIS} ms) and keeps the events;
 * they leave in order once the broker is back.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxRelay {

    static final int BATCH = 500;
    static final long POLL_MILLIS = 500;
    static final long MAX_BACKOFF_MILLIS = 5_000;
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());

    @Resource
    ManagedThreadFactory threads;

    @Inject
    OutboxBatch batch;

    @Inject
    OutboxSignal signal;

    private volatile boolean running;
    private Thread worker;

    @PostConstruct
    void start() {
        running = true;
        worker = threads.newThread(this::run);
        worker.setName("kiorex-outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        signal.nudge();
        try {
            worker.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        long backoff = 0;
        boolean failing = false;
        while (running) {
            try {
                int sent = batch.relay(BATCH);
                if (failing) {
                    LOG.info("outbox relay: broker reachable again, sending the waiting events");
                    failing = false;
                }
                backoff = 0;
                if (sent < BATCH) {
                    signal.await(POLL_MILLIS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                if (!failing) {
                    // the message names the broker or database fault; event payloads never reach the log
                    LOG.log(Level.WARNING, "outbox relay: could not send events, keeping them and retrying: "
                            + rootMessage(e));
                    failing = true;
                }
                backoff = backoff == 0 ? 100 : Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
