package com.kiorex.prescriptions.boundary;

import java.util.List;

/**
 * The prescriptions part of a patient's GDPR export: each prescription with its items and status,
 * and the PDF as issued (base64; null once erased).
 */
public record PrescriptionsSection(List<Issued> prescriptions) {

    /** One prescription and its document. */
    public record Issued(PrescriptionView prescription, String pdfBase64) {
    }
}
