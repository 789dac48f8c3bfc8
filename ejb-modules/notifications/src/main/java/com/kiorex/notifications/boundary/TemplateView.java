package com.kiorex.notifications.boundary;

import com.kiorex.notifications.entity.NotificationTemplate;
import java.time.Instant;
import java.util.Set;

/** A template with the variables its event type allows. */
public record TemplateView(String eventType, String language, String channel, String subject, String body,
                           Set<String> knownVariables, Instant updatedAt) {

    static TemplateView of(NotificationTemplate t, Set<String> known) {
        return new TemplateView(t.eventType(), t.language(), t.channel().name(), t.subject(), t.body(), known,
                t.updatedAt());
    }
}
