package com.kiorex.kernel.audit.entity;

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

/** One audited access to patient data. Immutable once written. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "user_subject", nullable = false, updatable = false)
    private String userSubject;

    @Column(name = "username", updatable = false)
    private String username;

    @Column(name = "user_roles", updatable = false)
    private String userRoles;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false)
    private AuditAction action;

    @Column(name = "resource_type", nullable = false, updatable = false)
    private String resourceType;

    @Column(name = "resource_id", updatable = false)
    private UUID resourceId;

    @Column(name = "patient_id", updatable = false)
    private UUID patientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, updatable = false)
    private AuditOutcome outcome;

    @Column(name = "client_address", updatable = false)
    private String clientAddress;

    @Column(name = "request_id", updatable = false)
    private String requestId;

    @Column(name = "reason", updatable = false)
    private String reason;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, Actor actor, AuditAction action, Target target, AuditOutcome outcome,
                      String reason) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.userSubject = Objects.requireNonNull(actor.subject());
        this.username = actor.username();
        this.userRoles = actor.roles();
        this.clientAddress = actor.clientAddress();
        this.requestId = actor.requestId();
        this.action = Objects.requireNonNull(action);
        this.resourceType = Objects.requireNonNull(target.resourceType());
        this.resourceId = target.resourceId();
        this.patientId = target.patientId();
        this.outcome = Objects.requireNonNull(outcome);
        this.reason = reason;
    }

    /** Who acted, as known from the verified token and the request. */
    public record Actor(String subject, String username, String roles, String clientAddress, String requestId) {
    }

    /** What was acted on: a resource type, its public id, and the patient it belongs to. */
    public record Target(String resourceType, UUID resourceId, UUID patientId) {
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String userSubject() {
        return userSubject;
    }

    public String username() {
        return username;
    }

    public String userRoles() {
        return userRoles;
    }

    public AuditAction action() {
        return action;
    }

    public String resourceType() {
        return resourceType;
    }

    public UUID resourceId() {
        return resourceId;
    }

    public UUID patientId() {
        return patientId;
    }

    public AuditOutcome outcome() {
        return outcome;
    }

    public String clientAddress() {
        return clientAddress;
    }

    public String requestId() {
        return requestId;
    }

    public String reason() {
        return reason;
    }
}
