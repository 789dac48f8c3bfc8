package com.kiorex.kernel.messaging.control;

import com.kiorex.kernel.security.Caller;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Publishes domain events through the transactional outbox: the event is written in the caller's
 * JTA transaction, next to the business change, and {@link OutboxRelay} sends it to the queue after
 * commit. Consumers therefore see an event only for a committed change, and a change commits even
 * while the broker is down (its events follow when the broker is back). Delivery is at least once:
 * consumers deduplicate on the event id ({@link IdempotentReceiver}).
 */
@Stateless
public class EventPublisher {

    public static final String EVENT_ID = "eventId";
    public static final String EVENT_TYPE = "eventType";
    /** The id of the HTTP request that caused the event, so consumers' log lines lead back to it. */
    public static final String REQUEST_ID = "requestId";

    @PersistenceContext(unitName = "kernel")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Event<OutboxSignal.Written> written;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void publish(String queue, DomainEvent event) {
        em.createNativeQuery("insert into outbox_event (queue, event_id, event_type, payload, request_id) "
                        + "values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, queue)
                .setParameter(2, event.eventId())
                .setParameter(3, event.type())
                .setParameter(4, event.payloadJson())
                .setParameter(5, caller.requestId())
                .executeUpdate();
        written.fire(OutboxSignal.Written.INSTANCE);
    }
}
