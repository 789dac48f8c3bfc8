package com.kiorex.patients.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A consent given at a time under a policy version, and possibly withdrawn later. A withdrawn
 * consent stays as evidence of what applied when; granting again makes a new consent.
 */
@Entity
@Table(name = "consent")
public class Consent extends PatientPart {

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
        super(patient);
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
