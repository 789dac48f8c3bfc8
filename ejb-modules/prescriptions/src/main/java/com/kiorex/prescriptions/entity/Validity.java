package com.kiorex.prescriptions.entity;

/** What a holder of the verification code may learn: the status as it stands today, expiry included. */
public enum Validity {
    VALID, DISPENSED, CANCELLED, EXPIRED
}
