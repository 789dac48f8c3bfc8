package com.kiorex.notifications.boundary;

import com.kiorex.notifications.entity.Delivery;
import com.kiorex.notifications.entity.Notification;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** A notification of the signed-in person with the status of each channel. */
public record NotificationView(UUID id, String template, String subjectRef, boolean urgent, Instant sendAt,
                               Instant createdAt, String status, List<DeliveryView> deliveries) {

    /** The notifications, each with its deliveries (one query for all of them). */
    static List<NotificationView> withDeliveries(EntityManager em, List<Notification> items) {
        Map<Long, List<DeliveryView>> deliveries = items.isEmpty() ? Map.of()
                : em.createQuery("select d from Delivery d where d.notification in :n order by d.channel", Delivery.class)
                .setParameter("n", items).getResultStream()
                .collect(Collectors.groupingBy(d -> d.notification().id(), LinkedHashMap::new,
                        Collectors.mapping(DeliveryView::of, Collectors.toList())));
        return items.stream().map(n -> of(n, deliveries.getOrDefault(n.id(), List.of()))).toList();
    }

    static NotificationView of(Notification n, List<DeliveryView> deliveries) {
        return new NotificationView(n.publicId(), n.template(), n.subjectRef(), n.urgent(), n.sendAt(), n.createdAt(),
                n.status().name(), deliveries);
    }
}
