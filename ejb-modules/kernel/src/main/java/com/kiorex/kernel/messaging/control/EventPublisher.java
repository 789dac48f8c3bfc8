package com.kiorex.kernel.messaging.control;

import com.kiorex.kernel.security.Caller;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.TextMessage;

/**
 * Sends domain events to a queue through the Artemis resource adapter. The send joins the caller's
 * JTA transaction: consumers see the event only after the business change has committed.
 */
@Stateless
public class EventPublisher {

    public static final String EVENT_ID = "eventId";
    public static final String EVENT_TYPE = "eventType";
    /** The id of the HTTP request that caused the event, so consumers' log lines lead back to it. */
    public static final String REQUEST_ID = "requestId";

    @Inject
    @JMSConnectionFactory(Messaging.CONNECTION_FACTORY)
    JMSContext jms;

    @Inject
    Caller caller;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void publish(String queue, DomainEvent event) {
        try {
            TextMessage message = jms.createTextMessage(event.payloadJson());
            message.setStringProperty(EVENT_ID, event.eventId().toString());
            message.setStringProperty(EVENT_TYPE, event.type());
            message.setStringProperty(REQUEST_ID, caller.requestId());
            message.setJMSCorrelationID(caller.requestId());
            jms.createProducer().send(jms.createQueue(queue), message);
        } catch (JMSException e) {
            throw new IllegalStateException("could not build event " + event.type(), e);
        }
    }
}
