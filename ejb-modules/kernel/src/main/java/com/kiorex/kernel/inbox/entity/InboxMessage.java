package com.kiorex.kernel.inbox.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A message in an account's in-app inbox. */
@Entity
@Table(name = "inbox_message")
public class InboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, unique = true, updatable = false)
    private UUID publicId;

    @Column(name = "account_subject", nullable = false, updatable = false)
    private String accountSubject;

    @Column(name = "patient_id", updatable = false)
    private UUID patientId;

    @Column(name = "kind", nullable = false, updatable = false)
    private String kind;

    @Column(name = "title", nullable = false, updatable = false)
    private String title;

    @Column(name = "body", nullable = false, updatable = false)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected InboxMessage() {
    }

    public InboxMessage(String accountSubject, UUID patientId, String kind, String title, String body, Instant when) {
        this.publicId = UUID.randomUUID();
        this.accountSubject = Objects.requireNonNull(accountSubject);
        this.patientId = patientId;
        this.kind = Objects.requireNonNull(kind);
        this.title = Objects.requireNonNull(title);
        this.body = Objects.requireNonNull(body);
        this.createdAt = Objects.requireNonNull(when);
    }

    public void markRead(Instant when) {
        if (readAt == null) {
            readAt = when;
        }
    }

    public UUID publicId() {
        return publicId;
    }

    public String accountSubject() {
        return accountSubject;
    }

    public UUID patientId() {
        return patientId;
    }

    public String kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }
}
