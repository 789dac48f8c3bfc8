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
import java.util.Objects;
import java.util.UUID;

/**
 * One thing to tell one person, made from one event or request ({@code sourceKey}); its
 * {@link Delivery} rows carry it over each channel. Its text is rendered only when sent.
 */
@Entity
@Table(name = "notification")
public class Notification {

    /** PENDING until withdrawn; a withdrawn notification's queued deliveries are withdrawn with it. */
    public enum Status { PENDING, WITHDRAWN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "public_id")
    private UUID publicId;
    @Column(name = "source_key")
    private String sourceKey;
    @Column(name = "recipient_subject")
    private String recipientSubject;
    @Column(name = "patient_id")
    private UUID patientId;
    private String template;
    @Column(name = "subject_ref")
    private String subjectRef;
    private String correlation;
    @Column(name = "send_at")
    private Instant sendAt;
    private boolean urgent;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "context_json")
    private String contextJson;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Notification() {
    }

    /** What to say, to whom, about what, and when. */
    public record Spec(String sourceKey, String recipientSubject, UUID patientId, String template, String subjectRef,
                       String correlation, Instant sendAt, boolean urgent, String contextJson) {
        public Spec {
            Objects.requireNonNull(sourceKey, "sourceKey");
            Objects.requireNonNull(recipientSubject, "recipientSubject");
            Objects.requireNonNull(template, "template");
            Objects.requireNonNull(subjectRef, "subjectRef");
            Objects.requireNonNull(sendAt, "sendAt");
        }
    }

    public Notification(Spec spec, Instant now) {
        this.publicId = UUID.randomUUID();
        this.sourceKey = spec.sourceKey();
        this.recipientSubject = spec.recipientSubject();
        this.patientId = spec.patientId();
        this.template = spec.template();
        this.subjectRef = spec.subjectRef();
        this.correlation = spec.correlation();
        this.sendAt = spec.sendAt();
        this.urgent = spec.urgent();
        this.contextJson = spec.contextJson() == null ? "{}" : spec.contextJson();
        this.status = Status.PENDING;
        this.createdAt = now;
    }

    public void withdraw() {
        status = Status.WITHDRAWN;
    }

    public Long id() {
        return id;
    }

    public UUID publicId() {
        return publicId;
    }

    public String recipientSubject() {
        return recipientSubject;
    }

    public UUID patientId() {
        return patientId;
    }

    public String template() {
        return template;
    }

    public String subjectRef() {
        return subjectRef;
    }

    public String correlation() {
        return correlation;
    }

    public Instant sendAt() {
        return sendAt;
    }

    public boolean urgent() {
        return urgent;
    }

    public Status status() {
        return status;
    }

    public String contextJson() {
        return contextJson;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
