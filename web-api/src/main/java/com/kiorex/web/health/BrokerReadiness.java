package com.kiorex.web.health;

import com.kiorex.kernel.contract.BookingEvent;
import com.kiorex.kernel.contract.LabBookingEvent;
import com.kiorex.kernel.contract.NotificationRequest;
import com.kiorex.kernel.messaging.control.Messaging;
import com.kiorex.kernel.messaging.control.OutboxBatch;
import com.kiorex.patients.boundary.PatientEvents;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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

    @Inject
    @ConfigProperty(name = "kiorex.broker.host", defaultValue = "localhost")
    String brokerHost;

    @Inject
    @ConfigProperty(name = "kiorex.broker.port", defaultValue = "61616")
    int brokerPort;


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
        // a plain TCP connect first: while the broker is down the adapter's connect blocks for a minute or more
        // (a readiness request timed out after 20 s in BrokerOutageIT), so the adapter is only asked once the
        // broker's port answers. (Not on the managed executor: the health check runs outside the application's
        // context, and a task submitted from it fails with "Module __default-web-module is disabled".)
        String unreachable = portClosed();
        if (unreachable != null) {
            return response.up().withData("reachable", false).withData("error", unreachable).build();
        }
        try (JMSContext context = connectionFactory.createContext()) {
            for (String queue : QUEUES) {
                context.createQueue(queue);
            }
            return response.up().withData("reachable", true).build();
        } catch (RuntimeException e) {
            return response.up().withData("reachable", false).withData("error", String.valueOf(e.getMessage())).build();
        }
    }

    private String portClosed() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(brokerHost, brokerPort), (int) TimeUnit.SECONDS.toMillis(PROBE_SECONDS));
            return null;
        } catch (IOException e) {
            return brokerHost + ":" + brokerPort + " refused or did not answer: " + e.getMessage();
        }
    }
}
