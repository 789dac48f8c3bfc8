package com.kiorex.notifications.boundary;

import com.kiorex.kernel.audit.control.AuditTrail;
import com.kiorex.kernel.audit.entity.AuditAction;
import com.kiorex.kernel.paging.Page;
import com.kiorex.kernel.paging.PageRequest;
import com.kiorex.kernel.problem.Conflict;
import com.kiorex.kernel.problem.NotFound;
import com.kiorex.kernel.problem.RuleViolation;
import com.kiorex.notifications.control.KnownVariables;
import com.kiorex.notifications.control.TemplateText;
import com.kiorex.notifications.control.Templates;
import com.kiorex.notifications.entity.Channel;
import com.kiorex.notifications.entity.Delivery;
import com.kiorex.notifications.entity.DeliveryStatus;
import com.kiorex.notifications.entity.NotificationTemplate;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The administrators' side: every delivery with filters, sending a dead letter again, and the
 * templates (edits may only use the variables the event type provides). The web layer admits
 * administrators only.
 */
@Stateless
public class NotificationAdmin {

    @PersistenceContext(unitName = "notifications")
    EntityManager em;

    @Inject
    Templates templates;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public Page<AdminDeliveryView> deliveries(DeliveryStatus status, Channel channel, PageRequest request) {
        String where = " where 1 = 1" + (status == null ? "" : " and d.status = :st")
                + (channel == null ? "" : " and d.channel = :ch");
        TypedQuery<Delivery> items = em.createQuery("select d from Delivery d" + where
                + " order by d.updatedAt desc, d.id desc", Delivery.class);
        TypedQuery<Long> count = em.createQuery("select count(d) from Delivery d" + where, Long.class);
        for (TypedQuery<?> q : List.of(items, count)) {
            if (status != null) {
                q.setParameter("st", status);
            }
            if (channel != null) {
                q.setParameter("ch", channel);
            }
        }
        List<Delivery> page = items.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        audit.success(AuditAction.SEARCH, "notification-delivery", null, null);
        return new Page<>(page, request.page(), request.size(), count.getSingleResult()).map(AdminDeliveryView::of);
    }

    public AdminDeliveryView retry(UUID deliveryId) {
        Delivery delivery = em.createQuery("select d from Delivery d where d.publicId = :id", Delivery.class)
                .setParameter("id", deliveryId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("delivery"));
        if (delivery.status() != DeliveryStatus.FAILED) {
            throw new Conflict("only a failed delivery can be retried; this one is " + delivery.status());
        }
        delivery.retry(clock.instant());
        audit.success(AuditAction.UPDATE, "notification-delivery", deliveryId, delivery.notification().patientId());
        return AdminDeliveryView.of(delivery);
    }

    public List<TemplateView> templates() {
        return templates.all().stream().map(t -> TemplateView.of(t, KnownVariables.forEventType(t.eventType()))).toList();
    }

    public TemplateView rewrite(String eventType, String language, Channel channel, String subject, String body) {
        NotificationTemplate template = templates.exactly(eventType, language, channel)
                .orElseThrow(() -> new NotFound("template"));
        Set<String> known = KnownVariables.forEventType(eventType);
        Set<String> unknown = new TreeSet<>(TemplateText.placeholders(subject + "\n" + body));
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new RuleViolation("unknown placeholders " + unknown + "; " + eventType + " provides " + new TreeSet<>(known));
        }
        template.rewrite(subject, body, clock.instant());
        audit.success(AuditAction.UPDATE, "notification-template", null, null);
        return TemplateView.of(template, known);
    }
}
