package com.kiorex.notifications.boundary;

import com.kiorex.kernel.contract.BookingEvent;
import com.kiorex.kernel.messaging.control.IdempotentReceiver;
import com.kiorex.kernel.messaging.control.IncomingEvent;
import com.kiorex.notifications.control.BookingNotifications;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Logger;

/**
 * Booking events from consultations into notifications and reminders. Idempotent on the event id; an
 * unreadable message is rethrown so that it reaches the dead-letter queue after the broker's retries.
 * While this consumer is down, events wait on the durable queue and booking goes on; they are worked
 * off when it is back.
 */
@TransactionManagement(TransactionManagementType.BEAN)
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = BookingEvent.NOTIFICATIONS_QUEUE),
    @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
    // no XA: a local broker transaction acknowledges after IdempotentReceiver.once has committed
    @ActivationConfigProperty(propertyName = "useLocalTx", propertyValue = "true"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
})
public class BookingEventsConsumer implements MessageListener {

    static final String CONSUMER = "notifications.booking-events";
    private static final Logger LOG = Logger.getLogger(BookingEventsConsumer.class.getName());

    @Inject
    IdempotentReceiver receiver;

    @Inject
    BookingNotifications bookings;

    @Override
    public void onMessage(Message message) {
        IncomingEvent incoming = IncomingEvent.of(message);
        BookingEvent event = BookingEvent.fromJson(incoming.body());
        if (!receiver.once(CONSUMER, incoming.eventId(), () -> bookings.handle(event))) {
            LOG.info(() -> "request " + incoming.requestId() + ": booking event " + incoming.eventId()
                    + " already processed, skipped");
        }
    }
}
