package com.kiorex.kernel.messaging.control;

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

    @Inject
    @JMSConnectionFactory(Messaging.CONNECTION_FACTORY)
    JMSContext jms;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void publish(String queue, DomainEvent event) {
        try {
            TextMessage message = jms.createTextMessage(event.payloadJson());
            message.setStringProperty(EVENT_ID, event.eventId().toString());
            message.setStringProperty(EVENT_TYPE, event.type());
            jms.createProducer().send(jms.createQueue(queue), message);
        } catch (JMSException e) {
            throw new IllegalStateException("could not build event " + event.type(), e);
        }
    }
}
