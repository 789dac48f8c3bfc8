package com.kiorex.consultations.entity;

/** Where a booking is in its life: booked, then cancelled, missed, or started and ended. */
public enum BookingStatus {
    BOOKED, CANCELLED, NO_SHOW, IN_PROGRESS, COMPLETED
}
