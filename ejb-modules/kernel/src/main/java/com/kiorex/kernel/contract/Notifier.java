package com.kiorex.kernel.contract;

import com.kiorex.kernel.messaging.control.DomainEvent;
import com.kiorex.kernel.messaging.control.EventPublisher;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Sends {@link NotificationRequest}s inside the caller's transaction: a rolled-back business change
 * notifies nobody. The request id doubles as the event id.
 */
@Stateless
public class Notifier {

    @Inject
    EventPublisher events;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void request(NotificationRequest request) {
        events.publish(NotificationRequest.QUEUE,
                new DomainEvent(request.requestId(), NotificationRequest.REQUESTED, request.toJson()));
    }

    /** Withdraws every not-yet-sent notification with this correlation (e.g. {@code booking:<id>}). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void withdraw(String correlation) {
        events.publish(NotificationRequest.QUEUE,
                new DomainEvent(UUID.randomUUID(), NotificationRequest.WITHDRAWN,
                        NotificationRequest.withdrawalJson(correlation)));
    }
}
