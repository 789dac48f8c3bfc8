package com.kiorex.kernel.messaging.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.TextMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/**
 * One relay pass, in its own database transaction: claims waiting outbox rows ({@code FOR UPDATE SKIP LOCKED},
 * so two application servers never take the same row), sends them to their queues in one local broker
 * transaction, commits that, and only then deletes the rows. If the broker is unreachable or refuses the commit,
 * nothing is deleted and the rows wait for the next pass. If the server dies between the broker's commit and the
 * database's, the rows are sent again by the next pass: the events carry their ids and every consumer records the
 * ids it has processed ({@link IdempotentReceiver}), so a second copy changes nothing. No transaction spans the
 * two systems, so none can be left in doubt by a crash.
 */
@Stateless
public class OutboxBatch {

    @PersistenceContext(unitName = "kernel")
    EntityManager em;

    @Resource(lookup = Messaging.RELAY_CONNECTION_FACTORY)
    ConnectionFactory broker;

    /** Sends up to {@code max} waiting events in creation order; returns how many were sent. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int relay(int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, queue, event_id, event_type, payload, request_id "
                        + "from outbox_event order by id limit ?1 for update skip locked")
                .setParameter(1, max)
                .getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        List<Long> sent = new ArrayList<>(rows.size());
        try (JMSContext jms = broker.createContext(JMSContext.SESSION_TRANSACTED)) {
            JMSProducer producer = jms.createProducer();
            for (Object[] row : rows) {
                TextMessage message = jms.createTextMessage((String) row[4]);
                message.setStringProperty(EventPublisher.EVENT_ID, row[2].toString());
                message.setStringProperty(EventPublisher.EVENT_TYPE, (String) row[3]);
                if (row[5] != null) {
                    message.setStringProperty(EventPublisher.REQUEST_ID, (String) row[5]);
                    message.setJMSCorrelationID((String) row[5]);
                }
                producer.send(jms.createQueue((String) row[1]), message);
                sent.add(((Number) row[0]).longValue());
            }
            jms.commit();
        } catch (JMSException e) {
            throw new IllegalStateException("could not build an outbox message", e);
        }
        em.createNativeQuery("delete from outbox_event where id = any(cast(?1 as bigint[]))")
                .setParameter(1, sent.toArray(Long[]::new))
                .executeUpdate();
        return sent.size();
    }

    /** Events waiting to be sent, and the age in seconds of the oldest (0 when none). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Backlog backlog() {
        Object[] row = (Object[]) em.createNativeQuery("select count(*), coalesce(extract(epoch from now() - min(created_at)), 0) "
                + "from outbox_event").getSingleResult();
        return new Backlog(((Number) row[0]).longValue(), ((Number) row[1]).doubleValue());
    }

    public record Backlog(long waiting, double oldestSeconds) {
    }
}
