package com.kiorex.patients.entity;

import com.kiorex.kernel.persistence.entity.Tracked;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A consent given at a time under a policy version, and possibly withdrawn later. A withdrawn
 * consent stays as evidence of what applied when; granting again makes a new consent.
 */
@Entity
@Table(name = "consent")
public class Consent extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, unique = true, updatable = false)
    private UUID publicId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patient_id", nullable = false, updatable = false)
    private Patient patient;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, updatable = false)
    private ConsentPurpose purpose;

    @Column(name = "policy_version", nullable = false, updatable = false)
    private String policyVersion;

    @Column(name = "granted_at", nullable = false, updatable = false)
    private Instant grantedAt;

    @Column(name = "granted_by", nullable = false, updatable = false)
    private String grantedBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    protected Consent() {
    }

    public Consent(Patient patient, ConsentPurpose purpose, String policyVersion, String grantedBy, Instant when) {
        this.publicId = UUID.randomUUID();
        this.patient = Objects.requireNonNull(patient);
        this.purpose = Objects.requireNonNull(purpose);
        this.policyVersion = Objects.requireNonNull(policyVersion).strip();
        this.grantedBy = Objects.requireNonNull(grantedBy);
        this.grantedAt = Objects.requireNonNull(when);
    }

    public void withdraw(String by, Instant when) {
        if (!isActive()) {
            throw new IllegalStateException("consent is already withdrawn");
        }
        if (when.isBefore(grantedAt)) {
            throw new IllegalArgumentException("a consent cannot be withdrawn before it was given");
        }
        this.withdrawnBy = Objects.requireNonNull(by);
        this.withdrawnAt = Objects.requireNonNull(when);
    }

    public boolean isActive() {
        return withdrawnAt == null;
    }

    public UUID publicId() {
        return publicId;
    }

    public Patient patient() {
        return patient;
    }

    public ConsentPurpose purpose() {
        return purpose;
    }

    public String policyVersion() {
        return policyVersion;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }
}
