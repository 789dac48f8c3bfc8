package com.kiorex.notifications.boundary;

import com.kiorex.kernel.contract.LabBookingEvent;
import com.kiorex.kernel.messaging.control.IdempotentReceiver;
import com.kiorex.kernel.messaging.control.IncomingEvent;
import com.kiorex.notifications.control.LabBookingNotifications;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Logger;

/**
 * Lab order events from the labs context into notices for the patient's side. Idempotent on the
 * event id; an unreadable message is rethrown so that it reaches the dead-letter queue.
 */
@TransactionManagement(TransactionManagementType.BEAN)
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = LabBookingEvent.NOTIFICATIONS_QUEUE),
    @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
    // no XA: a local broker transaction acknowledges after IdempotentReceiver.once has committed
    @ActivationConfigProperty(propertyName = "useLocalTx", propertyValue = "true"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
})
public class LabBookingEventsConsumer implements MessageListener {

    static final String CONSUMER = "notifications.lab-booking-events";
    private static final Logger LOG = Logger.getLogger(LabBookingEventsConsumer.class.getName());

    @Inject
    IdempotentReceiver receiver;

    @Inject
    LabBookingNotifications labBookings;

    @Override
    public void onMessage(Message message) {
        IncomingEvent incoming = IncomingEvent.of(message);
        LabBookingEvent event = LabBookingEvent.fromJson(incoming.body());
        if (!receiver.once(CONSUMER, incoming.eventId(), () -> labBookings.handle(event))) {
            LOG.info(() -> "request " + incoming.requestId() + ": lab booking event " + incoming.eventId()
                    + " already processed, skipped");
        }
    }
}
