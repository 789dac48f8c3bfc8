package com.kiorex.prescriptions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * The PDF as it was issued, kept apart from the prescription so that reading a prescription does
 * not load it. It is made once, at issue, because it is the only place the verification code's
 * plain text ever exists (the database keeps its hash).
 */
@Entity
@Table(name = "prescription_document")
public class PrescriptionDocument {

    @Id
    @Column(name = "prescription_id")
    private Long prescriptionId;

    @Column(name = "pdf", nullable = false, updatable = false)
    private byte[] pdf;

    protected PrescriptionDocument() {
    }

    public PrescriptionDocument(Prescription prescription, byte[] pdf) {
        this.prescriptionId = Objects.requireNonNull(prescription.id(), "persist the prescription first");
        this.pdf = Objects.requireNonNull(pdf).clone();
    }

    public byte[] pdf() {
        return pdf.clone();
    }
}
