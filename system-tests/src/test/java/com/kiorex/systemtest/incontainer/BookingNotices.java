package com.kiorex.systemtest.incontainer;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/** What the notifications context holds about one booking, read as committed rows (runs in the container). */
@Dependent
class BookingNotices {

    @PersistenceContext(unitName = "notifications")
    EntityManager em;

    /** Reminder deliveries still waiting to go out for the booking. */
    long queuedReminders(UUID bookingId) {
        return count("select count(*) from notification n join notification_delivery d on d.notification_id = n.id "
                + "where n.correlation = ?1 and n.template like 'booking.reminder%' and d.status = 'QUEUED'",
                "booking:" + bookingId);
    }

    /** Notifications of this template about the booking for this person. */
    long notices(UUID bookingId, String template, String recipient) {
        return count("select count(*) from notification where subject_ref = ?1 and template = ?2 "
                + "and recipient_subject = ?3", "booking:" + bookingId, template, recipient);
    }

    /** The booking's state row as notifications keeps it: whether it is cancelled, or null when there is none. */
    Boolean cancelled(UUID bookingId) {
        List<?> rows = em.createNativeQuery("select cancelled from booking_notification_state where booking_id = ?1")
                .setParameter(1, bookingId).getResultList();
        return rows.isEmpty() ? null : (Boolean) rows.get(0);
    }

    private long count(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
