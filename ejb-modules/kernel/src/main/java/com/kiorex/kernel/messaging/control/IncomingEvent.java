package com.kiorex.kernel.messaging.control;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;

/**
 * A Kiorex event as a consumer receives it: the id it is deduplicated on, its type, the request that
 * caused it, and its JSON body. Reading one is the same in every consumer; what is not a Kiorex event
 * (no event id, not text) is refused with an exception, so that the broker's redeliveries end on
 * the dead-letter queue instead of the message being dropped.
 */
public record IncomingEvent(String eventId, String type, String requestId, String body) {

    public static IncomingEvent of(Message message) {
        try {
            String eventId = message.getStringProperty(EventPublisher.EVENT_ID);
            if (eventId == null || !(message instanceof TextMessage text)) {
                throw new IllegalArgumentException("not a Kiorex event (no event id or not text)");
            }
            return new IncomingEvent(eventId, message.getStringProperty(EventPublisher.EVENT_TYPE),
                    message.getStringProperty(EventPublisher.REQUEST_ID), text.getText());
        } catch (JMSException e) {
            throw new IllegalStateException("could not read message", e);
        }
    }
}
