package com.kiorex.kernel.contract;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Any context asks the notifications context to tell one person something, on the channels that
 * person prefers. Sent to {@link #QUEUE}. The text is not in the request: the notifications context
 * renders the {@code template} (per language) with variables it asks for at send time from the
 * {@link NotificationContent} that owns {@code subjectRef} (so a reminder shows the current time of
 * a moved booking, and no PHI sits on the broker).
 *
 * @param requestId   idempotency key: the same id never notifies twice
 * @param subjectRef  what it is about, as {@code <type>:<id>}, e.g. {@code lab-observation:<uuid>}
 * @param correlation groups requests that are withdrawn together, e.g. {@code booking:<uuid>}; may be null
 * @param sendAt      when to send; null for now
 * @param urgent      true for what must reach the person now (critical lab values): ignores quiet hours
 */
public record NotificationRequest(UUID requestId, String recipientSubject, String template, String subjectRef,
                                  String correlation, Instant sendAt, boolean urgent) {

    public static final String QUEUE = "kiorex.notifications.requests";
    /** Event type of a request. */
    public static final String REQUESTED = "notification.requested";
    /** Event type of a withdrawal: every pending request with the given correlation is withdrawn. */
    public static final String WITHDRAWN = "notification.withdrawn";

    public NotificationRequest {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(recipientSubject, "recipientSubject");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(subjectRef, "subjectRef");
        if (subjectRef.indexOf(':') < 1) {
            throw new IllegalArgumentException("subjectRef must be <type>:<id>");
        }
    }

    public String toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("requestId", requestId.toString())
                .add("recipientSubject", recipientSubject)
                .add("template", template)
                .add("subjectRef", subjectRef)
                .add("urgent", urgent);
        if (correlation != null) {
            json.add("correlation", correlation);
        }
        if (sendAt != null) {
            json.add("sendAt", sendAt.toString());
        }
        return json.build().toString();
    }

    public static NotificationRequest fromJson(String text) {
        JsonObject json = Json.createReader(new StringReader(text)).readObject();
        return new NotificationRequest(
                UUID.fromString(json.getString("requestId")),
                json.getString("recipientSubject"),
                json.getString("template"),
                json.getString("subjectRef"),
                json.getString("correlation", null),
                json.containsKey("sendAt") ? Instant.parse(json.getString("sendAt")) : null,
                json.getBoolean("urgent", false));
    }

    /** The payload of a {@link #WITHDRAWN} event. */
    public static String withdrawalJson(String correlation) {
        return Json.createObjectBuilder().add("correlation", Objects.requireNonNull(correlation)).build().toString();
    }

    public static String correlationOfWithdrawal(String text) {
        return Json.createReader(new StringReader(text)).readObject().getString("correlation");
    }
}
