package com.kiorex.consultations.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BookingErasureTest {

    private static final Instant START = Instant.parse("2026-12-01T09:00:00Z");
    private final Doctor doctor = Doctors.inZone("Europe/Berlin");

    private Booking booked() {
        return new Booking(Doctors.slot(doctor, START), UUID.randomUUID(), "account", "account",
                START.minus(Duration.ofDays(3)));
    }

    private Booking completedWithRecord() {
        Booking b = booked();
        b.start(BookingRules.DEFAULT, START, "https://meet.example.org/kiorex-1");
        b.record(new SoapNote("lives with her sister", "BP 150/95", "hypertension", "ramipril"),
                List.of(new Diagnosis("I10", "Essential hypertension, worse since the divorce")));
        b.end(START.plus(Duration.ofMinutes(20)));
        return b;
    }

    @Test
    void aBookingStillToCome_isCancelledForTheErasure_andFreesItsSlot() {
        Booking b = booked();
        assertThat(b.erasePersonalData("admin", START.minus(Duration.ofHours(1)))).isTrue();
        assertThat(b.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(b.holdsSlot()).isFalse();
        assertThat(b.cancelReason()).isEqualTo(Booking.ERASURE_REASON);
    }

    @Test
    void aConsultationThatTookPlace_losesItsFreeText_andKeepsCodesAndTimes() {
        Booking b = completedWithRecord();
        Instant started = b.actualStart();
        Instant ended = b.actualEnd();

        assertThat(b.erasePersonalData("admin", START.plus(Duration.ofDays(1)))).isFalse();

        assertThat(b.status()).isEqualTo(BookingStatus.COMPLETED);
        assertThat(b.note()).isNull();
        assertThat(b.meetingLink()).isNull();
        assertThat(b.diagnoses()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("I10");
            assertThat(d.system()).isEqualTo(Diagnosis.ICD10);
            assertThat(d.display()).isEqualTo("ICD-10 I10");
        });
        assertThat(b.actualStart()).isEqualTo(started);
        assertThat(b.actualEnd()).isEqualTo(ended);
        assertThat(b.startsAt()).isEqualTo(START);
    }

    @Test
    void anEarlierCancellation_keepsItsStatus_butNotItsReason() {
        Booking b = booked();
        b.cancel("my husband is in hospital", Actor.PATIENT, "account", BookingRules.DEFAULT,
                START.minus(Duration.ofDays(2)));
        assertThat(b.erasePersonalData("admin", START.minus(Duration.ofDays(1)))).isFalse();
        assertThat(b.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(b.cancelReason()).isEqualTo(Booking.ERASED);
    }

    @Test
    void aBookingWhoseStartHasPassed_isNotCancelled() {
        Booking b = booked();
        assertThat(b.erasePersonalData("admin", START.plusSeconds(60))).isFalse();
        assertThat(b.status()).isEqualTo(BookingStatus.BOOKED);
        assertThat(b.cancelReason()).isNull();
    }
}
