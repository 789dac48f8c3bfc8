package com.kiorex.consultations.entity;

/** On whose side a change to a booking is made; the rules of who may do what, until when, differ. */
public enum Actor {
    /** The patient or the family account holder. */
    PATIENT,
    /** The doctor of the booking. */
    DOCTOR,
    /** Front-desk staff (administrators). */
    FRONT_DESK
}
