package com.kiorex.kernel.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventJsonTest {

    private static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void bookingEvent_survivesTheWire_withAndWithoutItsPreviousStart() {
        BookingEvent moved = new BookingEvent(UUID.randomUUID(), BookingEvent.RESCHEDULED, UUID.randomUUID(),
                UUID.randomUUID(), List.of("sub-patient", "sub-holder"), "sub-doctor", AT, AT.minusSeconds(3600),
                "Europe/Paris", AT.minusSeconds(86_400));
        assertThat(BookingEvent.fromJson(moved.toJson())).isEqualTo(moved);
        BookingEvent booked = new BookingEvent(UUID.randomUUID(), BookingEvent.BOOKED, UUID.randomUUID(),
                UUID.randomUUID(), List.of(), "sub-doctor", AT, null, "Europe/Paris", AT.minusSeconds(60));
        assertThat(booked.toJson()).doesNotContain("previousStartsAt");
        assertThat(BookingEvent.fromJson(booked.toJson())).isEqualTo(booked);
    }

    @Test
    void bookingEvent_readsTheFormatOtherSendersWrite_andRefusesAnUnknownType() {
        UUID event = UUID.randomUUID();
        UUID booking = UUID.randomUUID();
        UUID patient = UUID.randomUUID();
        String wire = """
                {"eventId":"%s","type":"booking.cancelled","bookingId":"%s","patientId":"%s","recipients":["a"],
                 "doctorSubject":"d","startsAt":"2026-12-01T09:00:00Z","facilityZone":"Europe/London",
                 "occurredAt":"2026-11-30T09:00:00Z"}""".formatted(event, booking, patient);
        BookingEvent read = BookingEvent.fromJson(wire);
        assertThat(read.eventId()).isEqualTo(event);
        assertThat(read.bookingId()).isEqualTo(booking);
        assertThat(read.recipients()).containsExactly("a");
        assertThat(read.startsAt()).isEqualTo(AT);
        assertThat(read.previousStartsAt()).isNull();
        assertThatThrownBy(() -> BookingEvent.fromJson(wire.replace("booking.cancelled", "booking.lost")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void labBookingEvent_survivesTheWire_withAndWithoutAnOrderingDoctor() {
        LabBookingEvent ordered = new LabBookingEvent(UUID.randomUUID(), LabBookingEvent.BOOKED, UUID.randomUUID(),
                UUID.randomUUID(), List.of("sub-patient"), "sub-doctor", "HOME", AT, AT.plusSeconds(7200),
                "Europe/Paris", AT.minusSeconds(600));
        assertThat(LabBookingEvent.fromJson(ordered.toJson())).isEqualTo(ordered);
        LabBookingEvent selfBooked = new LabBookingEvent(UUID.randomUUID(), LabBookingEvent.CANCELLED,
                UUID.randomUUID(), UUID.randomUUID(), List.of(), null, "AT_LAB", AT, AT.plusSeconds(1800),
                "Europe/Paris", AT.minusSeconds(600));
        assertThat(selfBooked.toJson()).doesNotContain("orderingDoctorSubject");
        assertThat(LabBookingEvent.fromJson(selfBooked.toJson())).isEqualTo(selfBooked);
    }
}
