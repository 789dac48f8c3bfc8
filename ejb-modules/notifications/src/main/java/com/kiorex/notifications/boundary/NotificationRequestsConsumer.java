package com.kiorex.notifications.boundary;

import com.kiorex.kernel.contract.NotificationRequest;
import com.kiorex.kernel.messaging.control.IdempotentReceiver;
import com.kiorex.kernel.messaging.control.IncomingEvent;
import com.kiorex.notifications.control.Planner;
import com.kiorex.notifications.control.Templates;
import com.kiorex.notifications.entity.Notification;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Requests and withdrawals from any context ({@code Notifier}). Idempotent on the event id. A request
 * for a template that does not exist is a programming error of the sender: rethrown, so it ends on
 * the dead-letter queue where operators see it.
 */
@TransactionManagement(TransactionManagementType.BEAN)
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = NotificationRequest.QUEUE),
    @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
    // no XA: a local broker transaction acknowledges after IdempotentReceiver.once has committed
    @ActivationConfigProperty(propertyName = "useLocalTx", propertyValue = "true"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
})
public class NotificationRequestsConsumer implements MessageListener {

    static final String CONSUMER = "notifications.requests";
    private static final Logger LOG = Logger.getLogger(NotificationRequestsConsumer.class.getName());

    @Inject
    IdempotentReceiver receiver;

    @Inject
    Planner planner;

    @Inject
    Templates templates;

    @Inject
    Clock clock;

    @Override
    public void onMessage(Message message) {
        IncomingEvent incoming = IncomingEvent.of(message);
        String body = incoming.body();
        Runnable work;
        if (NotificationRequest.WITHDRAWN.equals(incoming.type())) {
            work = () -> planner.withdraw(NotificationRequest.correlationOfWithdrawal(body));
        } else if (NotificationRequest.REQUESTED.equals(incoming.type())) {
            NotificationRequest request = NotificationRequest.fromJson(body);
            work = () -> request(request);
        } else {
            throw new IllegalArgumentException("unknown notification event type");
        }
        if (!receiver.once(CONSUMER, incoming.eventId(), work)) {
            LOG.info(() -> "request " + incoming.requestId() + ": notification event " + incoming.eventId()
                    + " already processed, skipped");
        }
    }

    private void request(NotificationRequest request) {
        if (!templates.exists(request.template())) {
            throw new IllegalArgumentException("no template " + request.template());
        }
        planner.plan(new Notification.Spec(request.requestId().toString(), request.recipientSubject(), null,
                request.template(), request.subjectRef(), request.correlation(),
                request.sendAt() == null ? clock.instant() : request.sendAt(), request.urgent(), "{}"));
    }
}
