package com.kiorex.notifications.control;

import java.util.UUID;

/** A rendered message on its way out over one channel; {@code deliveryId} makes resends recognisable. */
public record Outgoing(UUID deliveryId, String recipientSubject, UUID patientId, String address, String subject,
                       String body) {
}
