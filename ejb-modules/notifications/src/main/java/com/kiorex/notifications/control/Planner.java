package com.kiorex.notifications.control;

import com.kiorex.notifications.entity.Channel;
import com.kiorex.notifications.entity.Delivery;
import com.kiorex.notifications.entity.Notification;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Turns a {@link Notification.Spec} into a notification and one queued delivery per channel the
 * recipient wants and can be reached on, and withdraws what is no longer true. The unique key
 * (source, recipient, template) and (notification, channel) makes planning the same event twice a
 * no-op, so one booking event never produces two emails.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Planner {

    @PersistenceContext(unitName = "notifications")
    EntityManager em;

    @Inject
    Recipients recipients;

    @Inject
    RecipientsOfTransaction recipientsOfTransaction;

    @Inject
    Clock clock;

    /** The number of deliveries queued (0 when this source already made this notification). */
    public int plan(Notification.Spec spec) {
        long existing = em.createQuery("select count(n) from Notification n where n.sourceKey = :s "
                        + "and n.recipientSubject = :r and n.template = :t", Long.class)
                .setParameter("s", spec.sourceKey()).setParameter("r", spec.recipientSubject())
                .setParameter("t", spec.template()).getSingleResult();
        if (existing > 0) {
            return 0;
        }
        Instant now = clock.instant();
        Recipient recipient = recipientsOfTransaction.of(spec.recipientSubject(), recipients::of);
        Notification notification = new Notification(spec, now);
        em.persist(notification);
        Instant first = recipient.allowedFrom(spec.sendAt(), spec.urgent());
        int queued = 0;
        for (Channel channel : recipient.channelsFor(spec.template())) {
            em.persist(new Delivery(notification, channel, first, now));
            queued++;
        }
        return queued;
    }

    /** Withdraws every pending notification with this correlation and its queued deliveries. */
    public int withdraw(String correlation) {
        Instant now = clock.instant();
        List<Delivery> queued = em.createQuery("select d from Delivery d where d.notification.correlation = :c "
                        + "and d.status = com.kiorex.notifications.entity.DeliveryStatus.QUEUED", Delivery.class)
                .setParameter("c", correlation).getResultList();
        queued.forEach(d -> d.withdraw(now));
        em.createQuery("select n from Notification n where n.correlation = :c "
                        + "and n.status = com.kiorex.notifications.entity.Notification.Status.PENDING", Notification.class)
                .setParameter("c", correlation).getResultList().forEach(Notification::withdraw);
        return queued.size();
    }
}
