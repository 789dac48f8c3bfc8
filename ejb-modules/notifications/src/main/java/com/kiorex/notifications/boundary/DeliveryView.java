package com.kiorex.notifications.boundary;

import com.kiorex.notifications.entity.Delivery;
import java.time.Instant;
import java.util.UUID;

/** One channel of a notification as its recipient and administrators see it. */
public record DeliveryView(UUID id, String channel, String status, int attempts, Instant nextAttemptAt,
                           String lastError, Instant sentAt, Instant deliveredAt) {

    static DeliveryView of(Delivery d) {
        return new DeliveryView(d.publicId(), d.channel().name(), d.status().name(), d.attempts(), d.nextAttemptAt(),
                d.lastError(), d.sentAt(), d.deliveredAt());
    }
}
