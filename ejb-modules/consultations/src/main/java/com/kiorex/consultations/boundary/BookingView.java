package com.kiorex.consultations.boundary;

import com.kiorex.consultations.entity.Booking;
import com.kiorex.consultations.entity.BookingStatus;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A booking as the API shows it: times in UTC, and the start as the facility's clocks show it. */
public record BookingView(UUID id, UUID doctorId, String doctorName, UUID patientId, UUID slotId, Instant startsAt,
                          Instant endsAt, OffsetDateTime localStart, String zone, BookingStatus status,
                          String cancelReason, String meetingLink, Instant actualStart, Instant actualEnd,
                          long version) {

    static BookingView of(Booking b) {
        var zone = b.doctor().facility().zone();
        return new BookingView(b.publicId(), b.doctor().publicId(), b.doctor().displayName(), b.patientId(),
                b.slot().publicId(), b.startsAt(), b.endsAt(), b.startsAt().atZone(zone).toOffsetDateTime(),
                zone.getId(), b.status(), b.cancelReason(), b.meetingLink(), b.actualStart(), b.actualEnd(),
                b.version());
    }
}
