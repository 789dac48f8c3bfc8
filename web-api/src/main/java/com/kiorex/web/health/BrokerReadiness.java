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
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the broker answers through the resource adapter and the application's queues exist
 * (the broker does not create queues on demand, so a missing one is a configuration fault).
 */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {

    private static final List<String> QUEUES = List.of(PatientEvents.QUEUE, BookingEvent.NOTIFICATIONS_QUEUE,
            BookingEvent.CALENDAR_QUEUE, NotificationRequest.QUEUE, LabBookingEvent.NOTIFICATIONS_QUEUE);

    @Resource(lookup = Messaging.CONNECTION_FACTORY)
    ConnectionFactory connectionFactory;

    @Inject
    OutboxBatch outbox;

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
        try (JMSContext context = connectionFactory.createContext()) {
            for (String queue : QUEUES) {
                context.createQueue(queue);
            }
            return response.up().build();
        } catch (RuntimeException e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
