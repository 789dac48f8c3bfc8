package com.kiorex.notifications.control;

import com.kiorex.kernel.contract.NotificationContent;
import com.kiorex.kernel.inbox.boundary.Inbox;
import com.kiorex.notifications.entity.Delivery;
import com.kiorex.notifications.entity.DeliveryStatus;
import com.kiorex.notifications.entity.Notification;
import com.kiorex.notifications.entity.NotificationTemplate;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Sends one due delivery per call, with the same notification's other due channels, in a transaction of
 * its own. The rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so two nodes (or two timer ticks)
 * never send the same row, and each row's new status (SENT, or the failed attempt and the next one's time)
 * is recorded in the same transaction as the claim; one channel failing does not hold back another. The one window for a duplicate is a crash after the relay or gateway
 * accepted the message and before this transaction commits: the row is then still QUEUED and is sent
 * again. That is at-least-once; the email {@code Message-ID} and the gateways' {@code Idempotency-Key}
 * are derived from the delivery id so receivers can drop such a repeat.
 */
@Stateless
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class.getName());

    @PersistenceContext(unitName = "notifications")
    EntityManager em;

    @Inject
    Recipients recipients;

    @Inject
    Templates templates;

    @Inject
    @Any
    Instance<ChannelAdapter> adapters;

    @Inject
    @Any
    Instance<NotificationContent> contents;

    @Inject
    Inbox inbox;

    @Inject
    NotificationsConfig config;

    @Inject
    Clock clock;

    /** False when nothing is due. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean sendNext() {
        Instant now = clock.instant();
        List<?> due = em.createNativeQuery("select id from notification_delivery where status = 'QUEUED' "
                        + "and next_attempt_at <= ?1 order by next_attempt_at limit 1 for update skip locked")
                .setParameter(1, now).getResultList();
        if (due.isEmpty()) {
            return false;
        }
        Delivery first = em.find(Delivery.class, ((Number) due.get(0)).longValue());
        List<Delivery> batch = new ArrayList<>();
        batch.add(first);
        batch.addAll(dueSiblings(first, now));
        attempt(first.notification(), batch, now);
        return true;
    }

    /**
     * The notification's other channels that are due as well (a booking confirmation goes by email and in-app at
     * once): they share the recipient look-up and the template variables, which were two fifths of the
     * dispatcher's time when each delivery worked them out again. Claimed the same way; a sibling that another
     * worker holds is skipped and stays that worker's.
     */
    private List<Delivery> dueSiblings(Delivery first, Instant now) {
        List<?> ids = em.createNativeQuery("select id from notification_delivery where notification_id = ?1 "
                        + "and id <> ?2 and status = 'QUEUED' and next_attempt_at <= ?3 order by id for update skip locked")
                .setParameter(1, first.notification().id()).setParameter(2, first.id()).setParameter(3, now)
                .getResultList();
        List<Delivery> siblings = new ArrayList<>();
        for (Object id : ids) {
            siblings.add(em.find(Delivery.class, ((Number) id).longValue()));
        }
        return siblings;
    }

    private void attempt(Notification notification, List<Delivery> batch, Instant now) {
        if (notification.status() == Notification.Status.WITHDRAWN) {
            batch.forEach(delivery -> delivery.withdraw(now));
            return;
        }
        Recipient recipient = recipients.of(notification.recipientSubject());
        Instant allowed = recipient.allowedFrom(now, notification.urgent());
        if (allowed.isAfter(now)) {
            batch.forEach(delivery -> delivery.postpone(allowed, now));
            return;
        }
        // per template language (a channel may fall back to English): worked out once for the batch
        Map<String, Optional<Map<String, String>>> variablesByLanguage = new HashMap<>();
        for (Delivery delivery : batch) {
            attempt(delivery, notification, recipient, variablesByLanguage, now);
        }
    }

    private void attempt(Delivery delivery, Notification notification, Recipient recipient,
                         Map<String, Optional<Map<String, String>>> variablesByLanguage, Instant now) {
        Optional<NotificationTemplate> template = templates.find(notification.template(), recipient.language(),
                delivery.channel());
        Optional<String> address = recipient.address(delivery.channel());
        try {
            if (template.isEmpty() || address.isEmpty()) {
                throw new DeliveryFailure(template.isEmpty() ? "no template for this channel" : "no address for this channel");
            }
            String language = template.get().language();
            Optional<Map<String, String>> variables = variablesByLanguage.get(language);
            if (variables == null) {
                variables = variables(notification, language);
                variablesByLanguage.put(language, variables);
            }
            if (variables.isEmpty()) {
                delivery.withdraw(now);
                return;
            }
            Outgoing outgoing = new Outgoing(delivery.publicId(), notification.recipientSubject(),
                    notification.patientId(), address.get(),
                    TemplateText.render(template.get().subject(), variables.get()),
                    TemplateText.render(template.get().body(), variables.get()));
            adapter(delivery).send(outgoing);
            delivery.markSent(now);
        } catch (DeliveryFailure | TemplateText.MissingVariable e) {
            failed(delivery, e.getMessage(), now);
        } catch (RuntimeException e) {
            failed(delivery, "unexpected " + e.getClass().getSimpleName(), now);
        }
    }

    private void failed(Delivery delivery, String error, Instant now) {
        delivery.recordFailure(error, config.backoff(), now);
        LOG.info(() -> "delivery " + delivery.publicId() + " attempt " + delivery.attempts() + " failed: " + error);
        if (delivery.status() == DeliveryStatus.FAILED) {
            Notification n = delivery.notification();
            LOG.warning(() -> "delivery " + delivery.publicId() + " dead-lettered after " + delivery.attempts()
                    + " attempts");
            if (delivery.channel() != com.kiorex.notifications.entity.Channel.IN_APP) {
                inbox.deliver(n.recipientSubject(), n.patientId(), "NOTIFICATION_FAILED",
                        "A message could not be sent by " + delivery.channel().name().replace('_', '-').toLowerCase(),
                        "We could not reach you this way after " + delivery.attempts() + " attempts. "
                                + "Check your contact details in your notification preferences.");
            }
        }
    }

    private ChannelAdapter adapter(Delivery delivery) throws DeliveryFailure {
        return adapters.stream().filter(a -> a.channel() == delivery.channel()).findFirst()
                .orElseThrow(() -> new DeliveryFailure("no adapter for " + delivery.channel()));
    }

    /**
     * The template's variables at send time. For a booking, the event's own times (the fallback) are
     * always there, and the consultations context adds what only it knows (doctor, facility). A
     * reminder whose booking no longer stands at that time (the owner answers empty) is withdrawn; a
     * notice of what already happened (a cancellation) is still sent with the event's own data.
     * A lab order's notice uses its event's collection window. Other subjects come from their owning
     * context alone; empty means withdrawn.
     */
    private Optional<Map<String, String>> variables(Notification notification, String language) {
        String[] ref = notification.subjectRef().split(":", 2);
        Optional<NotificationContent> owner = contents.stream().filter(c -> c.refType().equals(ref[0])).findFirst();
        Optional<Map<String, String>> owned = owner.flatMap(o -> o.variables(ref[1], notification.recipientSubject(),
                language));
        if (LabBookingNotifications.REF_TYPE.equals(ref[0]) && owner.isEmpty()) {
            return Optional.of(BookingFallback.variables(notification.contextJson(), language));
        }
        if (!"booking".equals(ref[0])) {
            return owner.isPresent() ? owned : Optional.of(Map.of());
        }
        if (owner.isPresent() && owned.isEmpty() && notification.correlation() != null) {
            return Optional.empty();
        }
        Map<String, String> variables = new HashMap<>(BookingFallback.variables(notification.contextJson(), language));
        owned.ifPresent(variables::putAll);
        return Optional.of(variables);
    }
}
