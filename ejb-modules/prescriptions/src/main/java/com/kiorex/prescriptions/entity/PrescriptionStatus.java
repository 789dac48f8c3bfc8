package com.kiorex.prescriptions.entity;

/** Where a prescription stands. Expiry is not a stored status: it follows from the date. */
public enum PrescriptionStatus {
    ACTIVE, DISPENSED, CANCELLED
}
