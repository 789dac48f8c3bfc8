package com.kiorex.kernel.messaging.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Remembers which messages a consumer has processed. The key is written in the consumer's own
 * transaction, so a redelivered message after a crash is either processed once or not at all.
 */
@Stateless
public class IdempotentReceiver {

    @PersistenceContext(unitName = "kernel")
    EntityManager em;

    /**
     * Runs the work once per key, in a database transaction of its own that also records the key.
     * For consumers that take messages without XA (bean-managed MDBs on a local broker
     * transaction): the broker acknowledgement follows this commit, so a crash between the two
     * redelivers the message and the key makes the redelivery a no-op. Nothing is ever left in
     * doubt between the broker and the database. Returns false when the key was already processed.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean once(String consumer, String messageKey, Runnable work) {
        if (!firstDelivery(consumer, messageKey)) {
            return false;
        }
        work.run();
        return true;
    }

    /** True the first time this consumer sees the key; false for every redelivery after a commit. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean firstDelivery(String consumer, String messageKey) {
        int inserted = em.createNativeQuery("insert into processed_message (consumer, message_key) values (?1, ?2) "
                        + "on conflict do nothing")
                .setParameter(1, consumer)
                .setParameter(2, messageKey)
                .executeUpdate();
        return inserted == 1;
    }
}
