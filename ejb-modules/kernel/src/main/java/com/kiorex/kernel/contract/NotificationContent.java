package com.kiorex.kernel.contract;

import java.util.Map;
import java.util.Optional;

/**
 * Offered by a context that owns things notifications are about (bookings, lab observations). The
 * notifications context finds every implementation (CDI {@code Instance}) and asks the one whose
 * {@link #refType()} matches the request's subject reference.
 */
public interface NotificationContent {

    /** The {@code <type>} part of the subject references this context owns, e.g. {@code booking}. */
    String refType();

    /**
     * The template variables for this recipient, at send time, in the recipient's language where the
     * context has one. Empty when the subject no longer exists or no longer concerns the recipient
     * (a cancelled booking's reminder): the notification is then withdrawn, not sent.
     */
    Optional<Map<String, String>> variables(String refId, String recipientSubject, String language);
}
