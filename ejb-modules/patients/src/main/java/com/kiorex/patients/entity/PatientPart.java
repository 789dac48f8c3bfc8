package com.kiorex.patients.entity;

import com.kiorex.kernel.persistence.entity.Tracked;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.util.Objects;
import java.util.UUID;

/**
 * Something that belongs to one patient's record (a history entry, a contact, a consent, a
 * care-team assignment): a database key that never leaves the server, a public UUID, and the
 * patient, fixed for life.
 */
@MappedSuperclass
public abstract class PatientPart extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, unique = true, updatable = false)
    private UUID publicId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patient_id", nullable = false, updatable = false)
    private Patient patient;

    protected PatientPart() {
    }

    protected PatientPart(Patient patient) {
        this.publicId = UUID.randomUUID();
        this.patient = Objects.requireNonNull(patient);
    }

    public UUID publicId() {
        return publicId;
    }

    public Patient patient() {
        return patient;
    }
}
