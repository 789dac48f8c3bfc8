package com.kiorex.systemtest;

import com.kiorex.devstack.Stack;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.activemq.artemis.jms.client.ActiveMQJMSConnectionFactory;

/** The broker as another client sees it: send straight to a queue, browse a queue. */
final class Broker {

    private Broker() {
    }

    private static ConnectionFactory factory() {
        return new ActiveMQJMSConnectionFactory("tcp://localhost:" + TestStack.get().broker().port(),
                Stack.BROKER_USER, Stack.BROKER_PASSWORD);
    }

    /** A text message and its string properties. */
    record Text(String body, Map<String, String> properties) {
    }

    static void send(String queue, String body, Map<String, String> properties) {
        sendAll(queue, List.of(new Text(body, properties)));
    }

    /** Sends the messages in order on one connection, back to back, as a relay working off a backlog does. */
    static void sendAll(String queue, List<Text> messages) {
        try (JMSContext context = factory().createContext()) {
            var producer = context.createProducer();
            var destination = context.createQueue(queue);
            for (Text text : messages) {
                TextMessage message = context.createTextMessage(text.body());
                for (Map.Entry<String, String> p : text.properties().entrySet()) {
                    message.setStringProperty(p.getKey(), p.getValue());
                }
                producer.send(destination, message);
            }
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Messages on the queue that match the selector, without consuming them. */
    static int count(String queue, String selector) {
        try (JMSContext context = factory().createContext();
             QueueBrowser browser = context.createBrowser(context.createQueue(queue), selector)) {
            return Collections.list((java.util.Enumeration<Message>) browser.getEnumeration()).size();
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }
}
