package com.kiorex.notifications.boundary;

import com.kiorex.notifications.entity.Delivery;
import java.time.Instant;
import java.util.UUID;

/** A delivery in the administrators' view: whose (account id, never an address), what, and how it went. */
public record AdminDeliveryView(UUID id, UUID notificationId, String recipientSubject, String template,
                                String channel, String status, int attempts, Instant nextAttemptAt,
                                String lastError, Instant updatedAt) {

    static AdminDeliveryView of(Delivery d) {
        return new AdminDeliveryView(d.publicId(), d.notification().publicId(), d.notification().recipientSubject(),
                d.notification().template(), d.channel().name(), d.status().name(), d.attempts(), d.nextAttemptAt(),
                d.lastError(), d.updatedAt());
    }
}
