package com.kiorex.notifications.boundary;

import com.kiorex.notifications.entity.Notification;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A notification of the signed-in person with the status of each channel. */
public record NotificationView(UUID id, String template, String subjectRef, boolean urgent, Instant sendAt,
                               Instant createdAt, String status, List<DeliveryView> deliveries) {

    static NotificationView of(Notification n, List<DeliveryView> deliveries) {
        return new NotificationView(n.publicId(), n.template(), n.subjectRef(), n.urgent(), n.sendAt(), n.createdAt(),
                n.status().name(), deliveries);
    }
}
