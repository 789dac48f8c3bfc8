package com.kiorex.patients.entity;

import com.kiorex.kernel.persistence.entity.Tracked;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;

/** Someone to call in an emergency. Not clinical data, so it is removed rather than voided. */
@Entity
@Table(name = "emergency_contact")
public class EmergencyContact extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, unique = true, updatable = false)
    private UUID publicId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patient_id", nullable = false, updatable = false)
    private Patient patient;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "relationship", nullable = false)
    private String relationship;

    @Column(name = "phone", nullable = false)
    private String phone;

    @Column(name = "email")
    private String email;

    protected EmergencyContact() {
    }

    public EmergencyContact(Patient patient, String name, String relationship, String phone, String email) {
        this.publicId = UUID.randomUUID();
        this.patient = Objects.requireNonNull(patient);
        this.name = Objects.requireNonNull(name).strip();
        this.relationship = Objects.requireNonNull(relationship).strip();
        this.phone = Objects.requireNonNull(phone).strip();
        this.email = email;
    }

    public UUID publicId() {
        return publicId;
    }

    public Patient patient() {
        return patient;
    }

    public String name() {
        return name;
    }

    public String relationship() {
        return relationship;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }
}
