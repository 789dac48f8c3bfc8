package com.kiorex.patients.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Objects;

/** Someone to call in an emergency. Not clinical data, so it is removed rather than voided. */
@Entity
@Table(name = "emergency_contact")
public class EmergencyContact extends PatientPart {

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
        super(patient);
        this.name = Objects.requireNonNull(name).strip();
        this.relationship = Objects.requireNonNull(relationship).strip();
        this.phone = Objects.requireNonNull(phone).strip();
        this.email = email;
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
