package com.kiorex.web.health;

import com.kiorex.kernel.contract.BookingEvent;
import com.kiorex.kernel.contract.LabBookingEvent;
import com.kiorex.kernel.contract.NotificationRequest;
import com.kiorex.kernel.messaging.control.Messaging;
import com.kiorex.kernel.messaging.control.OutboxBatch;
import com.kiorex.patients.boundary.PatientEvents;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports whether the broker answers through the resource adapter, and how many events wait in the
 * outbox, without ever making the server unready. Readiness says whether this instance can serve
 * API requests, and it can while the broker is down: every change writes its events to the outbox
 * in its own transaction, and the relay sends them once the broker is back (issue #3: "if
 * notifications are down, booking keeps working"). Were the broker DOWN here, a load balancer would
 * take every instance out at once and nobody could book. Operators alert on {@code reachable=false}
 * or a growing {@code outboxOldestSeconds} instead.
 */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {

    static final long PROBE_SECONDS = 2;

    private static final List<String> QUEUES = List.of(PatientEvents.QUEUE, BookingEvent.NOTIFICATIONS_QUEUE,
            BookingEvent.CALENDAR_QUEUE, NotificationRequest.QUEUE, LabBookingEvent.NOTIFICATIONS_QUEUE);

    @Resource(lookup = Messaging.CONNECTION_FACTORY)
    ConnectionFactory connectionFactory;

    @Inject
    OutboxBatch outbox;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    private Future<?> inFlight;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("broker");
        try {
            // events written by committed changes and not yet on the broker (they wait while it is down)
            OutboxBatch.Backlog backlog = outbox.backlog();
            response.withData("outboxWaiting", backlog.waiting())
                    .withData("outboxOldestSeconds", Math.round(backlog.oldestSeconds()));
        } catch (RuntimeException e) {
            response.withData("outbox", "unknown: database unreachable");
        }
        try {
            probe().get(PROBE_SECONDS, TimeUnit.SECONDS);
            return response.up().withData("reachable", true).build();
        } catch (TimeoutException e) {
            return response.up().withData("reachable", false)
                    .withData("error", "no answer within " + PROBE_SECONDS + " s").build();
        } catch (ExecutionException e) {
            return response.up().withData("reachable", false)
                    .withData("error", String.valueOf(e.getCause().getMessage())).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return response.up().withData("reachable", false).withData("error", "interrupted").build();
        }
    }

    /**
     * While the broker is down the resource adapter's connect blocks for a long time (a readiness
     * request timed out after 20 s in BrokerOutageIT), so the probe runs on the managed executor and
     * the answer waits {@value #PROBE_SECONDS} s at most. A probe still hanging is waited on again
     * rather than joined by another, so hung probes do not pile up.
     */
    private Future<?> probe() {
        synchronized (this) {
            if (inFlight == null || inFlight.isDone()) {
                inFlight = executor.submit(() -> {
                    try (JMSContext context = connectionFactory.createContext()) {
                        for (String queue : QUEUES) {
                            context.createQueue(queue);
                        }
                    }
                    return null;
                });
            }
            return inFlight;
        }
    }
}
