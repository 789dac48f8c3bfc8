package com.kiorex.kernel.messaging.control;

import java.util.UUID;

/**
 * An event for other contexts: a unique id (the consumers' idempotency key), a type name, and a
 * JSON payload that carries identifiers only, never PHI.
 */
public record DomainEvent(UUID eventId, String type, String payloadJson) {

    public static DomainEvent of(String type, String payloadJson) {
        return new DomainEvent(UUID.randomUUID(), type, payloadJson);
    }
}
