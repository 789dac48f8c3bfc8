package com.kiorex.consultations.boundary;

import com.kiorex.consultations.control.CalendarBook;
import com.kiorex.kernel.contract.BookingEvent;
import com.kiorex.kernel.messaging.control.EventPublisher;
import com.kiorex.kernel.messaging.control.IdempotentReceiver;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.logging.Logger;

/**
 * Keeps the doctors' calendars from booking events. Idempotent on the event id (a redelivered event
 * changes nothing); a message it cannot read is rethrown, so it reaches the dead-letter queue after
 * the broker's redeliveries instead of being lost.
 */
@TransactionManagement(TransactionManagementType.BEAN)
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = BookingEvent.CALENDAR_QUEUE),
    @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
    // no XA: a local broker transaction acknowledges after IdempotentReceiver.once has committed
    @ActivationConfigProperty(propertyName = "useLocalTx", propertyValue = "true"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
})
public class CalendarConsumer implements MessageListener {

    static final String CONSUMER = "consultations.calendar";
    private static final Logger LOG = Logger.getLogger(CalendarConsumer.class.getName());

    @Inject
    IdempotentReceiver receiver;

    @Inject
    CalendarBook calendar;

    @Override
    public void onMessage(Message message) {
        try {
            String eventId = message.getStringProperty(EventPublisher.EVENT_ID);
            if (eventId == null || !(message instanceof TextMessage text)) {
                throw new IllegalArgumentException("not a Kiorex event (no event id or not text)");
            }
            BookingEvent event = BookingEvent.fromJson(text.getText());
            String requestId = message.getStringProperty(EventPublisher.REQUEST_ID);
            if (!receiver.once(CONSUMER, eventId, () -> calendar.apply(event))) {
                LOG.info(() -> "request " + requestId + ": event " + eventId + " already in the calendar, skipped");
            }
        } catch (JMSException e) {
            throw new IllegalStateException("could not read message", e);
        }
    }
}
