package com.kiorex.notifications.boundary;

import com.kiorex.kernel.contract.PersonalDataHolder;
import com.kiorex.kernel.inbox.boundary.Inbox;
import com.kiorex.notifications.entity.Delivery;
import com.kiorex.notifications.entity.Notification;
import com.kiorex.notifications.entity.NotificationPreferences;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The patient's notifications for GDPR export and erasure ({@link NotificationsSection}): what was
 * sent to their own account, or is about them (a family member's notices go to the account holder).
 *
 * <p>Erasure: the own account's preferences go (contact addresses, push token, quiet hours); every
 * delivery still queued (reminders, notices waiting for quiet hours to end) is withdrawn, with its
 * notification; the in-app messages go, from the patient's own inbox and from any inbox where they
 * are about the patient. Sent deliveries keep their channel, status and times: this context stores
 * no rendered text or address with them (the text is rendered at send time, the error text is ours).
 * What stays names the patient only by id, like the audit trail.
 */
@Dependent
public class NotificationsPersonalData implements PersonalDataHolder {

    @PersistenceContext(unitName = "notifications")
    EntityManager em;

    @Inject
    Inbox inbox;

    @Override
    public NotificationsSection export(DataSubject subject) {
        return new NotificationsSection(preferencesOf(subject).map(Preferences::of).orElse(null),
                NotificationView.withDeliveries(em, notificationsOf(subject)),
                inbox.about(subject.patientId(), subject.ownAccount()));
    }

    @Override
    public void erase(DataSubject subject, Instant when) {
        preferencesOf(subject).ifPresent(em::remove);
        List<Notification> notifications = notificationsOf(subject);
        if (!notifications.isEmpty()) {
            // locked first: a delivery the dispatcher is sending right now is waited for (it then
            // counts as sent, and its in-app message is there to delete); the dispatcher skips the rest
            em.createQuery("select d from Delivery d where d.notification in :n "
                            + "and d.status = com.kiorex.notifications.entity.DeliveryStatus.QUEUED", Delivery.class)
                    .setParameter("n", notifications).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultStream().forEach(d -> {
                        d.withdraw(when);
                        d.notification().withdraw();
                    });
        }
        inbox.eraseAbout(subject.patientId(), subject.ownAccount());
    }

    @Override
    public String section() {
        return "notifications";
    }

    private Optional<NotificationPreferences> preferencesOf(DataSubject subject) {
        return subject.ownAccount() == null ? Optional.empty()
                : Optional.ofNullable(em.find(NotificationPreferences.class, subject.ownAccount()));
    }

    private List<Notification> notificationsOf(DataSubject subject) {
        return em.createQuery("select n from Notification n where n.patientId = :p or n.recipientSubject = :a "
                        + "order by n.createdAt, n.id", Notification.class)
                .setParameter("p", subject.patientId()).setParameter("a", subject.ownAccount()).getResultList();
    }
}
