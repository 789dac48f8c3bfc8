package com.kiorex.prescriptions.boundary;

/**
 * The answer to issuing: the prescription, and its verification code, shown this once (it is also
 * printed on the PDF); the server keeps only its hash.
 */
public record IssuedPrescription(PrescriptionView prescription, String verificationCode) {
}
