package com.kiorex.consultations.boundary;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One entry of a doctor's calendar: the booking, its patient, when (UTC and local) and its state. */
public record CalendarEntryView(UUID bookingId, UUID patientId, Instant startsAt, OffsetDateTime localStart,
                                String zone, String status) {
}
