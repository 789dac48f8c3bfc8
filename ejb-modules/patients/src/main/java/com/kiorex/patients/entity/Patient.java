package com.kiorex.patients.entity;

import com.kiorex.kernel.persistence.entity.Tracked;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
 * A patient record. It belongs to an account (the Keycloak user who manages it): a person's own
 * record, or a family member's record managed by the account holder.
 */
@Entity
@Table(name = "patient")
public class Patient extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, unique = true, updatable = false)
    private UUID publicId;

    /** Keycloak subject of the account that manages this record; null once erased or if not linked. */
    @Column(name = "account_subject")
    private String accountSubject;

    /** True when this is the account holder's own record, false for a family member's. */
    @Column(name = "own_record", nullable = false)
    private boolean ownRecord;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_holder_id")
    private Patient accountHolder;

    @Column(name = "relationship")
    private String relationship;

    @Embedded
    private Demographics demographics;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private PatientStatus status;

    @Column(name = "erased_at")
    private Instant erasedAt;

    protected Patient() {
    }

    private Patient(String accountSubject, boolean ownRecord, Patient holder, String relationship,
                    Demographics demographics) {
        this.publicId = UUID.randomUUID();
        this.accountSubject = accountSubject;
        this.ownRecord = ownRecord;
        this.accountHolder = holder;
        this.relationship = relationship;
        this.demographics = Objects.requireNonNull(demographics);
        this.status = PatientStatus.ACTIVE;
    }

    /** The record of a person who signs in themselves (or will, once an admin links the account). */
    public static Patient ownedBy(String accountSubject, Demographics demographics) {
        return new Patient(accountSubject, true, null, null, demographics);
    }

    /** A family member's record, managed from the holder's account. */
    public Patient addFamilyMember(String relationship, Demographics demographics) {
        requireActive();
        if (!ownRecord) {
            throw new IllegalStateException("a family member cannot hold family members");
        }
        return new Patient(accountSubject, false, this, Objects.requireNonNull(relationship).strip(), demographics);
    }

    public void updateDemographics(Demographics updated) {
        requireActive();
        this.demographics = Objects.requireNonNull(updated);
    }

    /** GDPR erasure: every identifying field goes; the id stays so the audit trail still resolves. */
    public void erase(Instant when) {
        requireActive();
        this.demographics = Demographics.erased();
        this.accountSubject = null;
        this.relationship = null;
        this.status = PatientStatus.ERASED;
        this.erasedAt = when;
    }

    public boolean isManagedBy(String subject) {
        return subject != null && subject.equals(accountSubject);
    }

    private void requireActive() {
        if (status != PatientStatus.ACTIVE) {
            throw new IllegalStateException("patient record is erased");
        }
    }

    public Long id() {
        return id;
    }

    public UUID publicId() {
        return publicId;
    }

    public String accountSubject() {
        return accountSubject;
    }

    public boolean ownRecord() {
        return ownRecord;
    }

    public Patient accountHolder() {
        return accountHolder;
    }

    public String relationship() {
        return relationship;
    }

    public Demographics demographics() {
        return demographics;
    }

    public PatientStatus status() {
        return status;
    }

    public Instant erasedAt() {
        return erasedAt;
    }
}
