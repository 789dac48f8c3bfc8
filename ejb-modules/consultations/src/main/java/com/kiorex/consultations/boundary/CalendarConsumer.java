package com.kiorex.consultations.boundary;

import com.kiorex.consultations.control.CalendarBook;
import com.kiorex.kernel.contract.BookingEvent;
import com.kiorex.kernel.messaging.control.IdempotentReceiver;
import com.kiorex.kernel.messaging.control.IncomingEvent;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
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
        IncomingEvent incoming = IncomingEvent.of(message);
        BookingEvent event = BookingEvent.fromJson(incoming.body());
        if (!receiver.once(CONSUMER, incoming.eventId(), () -> calendar.apply(event))) {
            LOG.info(() -> "request " + incoming.requestId() + ": event " + incoming.eventId()
                    + " already in the calendar, skipped");
        }
    }
}
