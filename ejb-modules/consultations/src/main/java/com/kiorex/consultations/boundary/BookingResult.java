package com.kiorex.consultations.boundary;

/** A booking made now, or the one an earlier request with the same idempotency key made. */
public record BookingResult(BookingView booking, boolean replayed) {
}
