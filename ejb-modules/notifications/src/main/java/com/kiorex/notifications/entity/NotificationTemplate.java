package com.kiorex.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The text of one event type in one language for one channel, with {@code {{variable}}} placeholders. */
@Entity
@Table(name = "notification_template")
public class NotificationTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "event_type")
    private String eventType;
    private String language;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private String subject;
    private String body;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected NotificationTemplate() {
    }

    /** The caller has checked the placeholders against the known variables. */
    public void rewrite(String subject, String body, Instant now) {
        if (subject == null || subject.isBlank() || body == null || body.isBlank()) {
            throw new IllegalArgumentException("subject and body are required");
        }
        this.subject = subject;
        this.body = body;
        this.updatedAt = now;
    }

    public String eventType() {
        return eventType;
    }

    public String language() {
        return language;
    }

    public Channel channel() {
        return channel;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
