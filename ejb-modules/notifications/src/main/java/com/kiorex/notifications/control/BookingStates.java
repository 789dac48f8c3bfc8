package com.kiorex.notifications.control;

import com.kiorex.notifications.entity.BookingState;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.UUID;

/**
 * The state row of a booking (or lab order), taken under a row lock for the rest of the consumer's
 * transaction. Two events of one booking consumed at the same moment (the consumer's two sessions,
 * e.g. BOOKED and CANCELLED after a broker outage) must not both create the row: it is inserted with
 * {@code on conflict do nothing} first, so the second waits for the first's commit and then locks the
 * committed row, instead of failing on the primary key and having its event rolled back and
 * redelivered. The lock then puts them one after the other, and {@link BookingState#advance} decides.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class BookingStates {

    @PersistenceContext(unitName = "notifications")
    EntityManager em;

    /** True when the event is to be acted on, and the state has moved on to it (see {@link BookingState#advance}). */
    public boolean advance(UUID subjectId, Instant occurredAt, boolean cancellation) {
        em.createNativeQuery("insert into booking_notification_state (booking_id, last_occurred_at, cancelled) "
                        + "values (?1, timestamptz 'epoch', false) on conflict do nothing")
                .setParameter(1, subjectId)
                .executeUpdate();
        BookingState state = em.find(BookingState.class, subjectId, LockModeType.PESSIMISTIC_WRITE);
        return state.advance(occurredAt, cancellation);
    }
}
