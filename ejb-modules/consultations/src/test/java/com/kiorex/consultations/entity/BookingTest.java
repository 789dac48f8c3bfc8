package com.kiorex.consultations.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kiorex.kernel.problem.Conflict;
import com.kiorex.kernel.problem.RuleViolation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BookingTest {

    private static final Instant START = Instant.parse("2026-12-01T09:00:00Z");
    private static final BookingRules RULES = BookingRules.DEFAULT;
    private final Doctor doctor = Doctors.inZone("Europe/Berlin");

    private Booking booked() {
        return new Booking(Doctors.slot(doctor, START), UUID.randomUUID(), "account", "account",
                START.minus(Duration.ofDays(3)));
    }

    @Test
    void newBooking_isBooked_inItsSlot() {
        Booking b = booked();
        assertThat(b.status()).isEqualTo(BookingStatus.BOOKED);
        assertThat(b.startsAt()).isEqualTo(START);
        assertThat(b.holdsSlot()).isTrue();
    }

    @Test
    void slotInThePastOrBlocked_cannotBeBooked() {
        Slot past = Doctors.slot(doctor, START);
        assertThatThrownBy(() -> new Booking(past, UUID.randomUUID(), "a", "a", START)).isInstanceOf(RuleViolation.class);
        Slot blocked = Doctors.slot(doctor, START);
        blocked.block();
        assertThatThrownBy(() -> new Booking(blocked, UUID.randomUUID(), "a", "a", START.minusSeconds(3600)))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void patient_cancelsUpToTheCutoff_butNotAfter() {
        Booking early = booked();
        early.cancel("cannot come", Actor.PATIENT, "account", RULES, START.minus(Duration.ofHours(25)));
        assertThat(early.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(early.holdsSlot()).isFalse();

        Booking late = booked();
        assertThatThrownBy(() -> late.cancel("cannot come", Actor.PATIENT, "account", RULES,
                START.minus(Duration.ofHours(2)))).isInstanceOf(RuleViolation.class);
        assertThat(late.status()).isEqualTo(BookingStatus.BOOKED);
    }

    @Test
    void doctorAndFrontDesk_cancelUntilTheStart_withAReason() {
        Booking b = booked();
        assertThatThrownBy(() -> b.cancel(" ", Actor.DOCTOR, "dr", RULES, START.minusSeconds(60)))
                .isInstanceOf(RuleViolation.class);
        b.cancel("doctor ill", Actor.DOCTOR, "dr", RULES, START.minusSeconds(60));
        assertThat(b.cancelReason()).isEqualTo("doctor ill");
        Booking started = booked();
        assertThatThrownBy(() -> started.cancel("late", Actor.FRONT_DESK, "fd", RULES, START.plusSeconds(1)))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void cancelledBooking_cannotBeCancelledStartedOrMovedAgain() {
        Booking b = booked();
        b.cancel("x", Actor.FRONT_DESK, "fd", RULES, START.minus(Duration.ofDays(2)));
        assertThatThrownBy(() -> b.cancel("x", Actor.FRONT_DESK, "fd", RULES, START.minus(Duration.ofDays(2))))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> b.start(RULES, START, null)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> b.reschedule(Doctors.slot(doctor, START.plusSeconds(3600)), Actor.FRONT_DESK, RULES,
                START.minus(Duration.ofDays(2)))).isInstanceOf(Conflict.class);
    }

    @Test
    void reschedule_movesToAnotherSlotOfTheSameDoctorOnly() {
        Booking b = booked();
        Slot later = Doctors.slot(doctor, START.plus(Duration.ofDays(1)));
        b.reschedule(later, Actor.PATIENT, RULES, START.minus(Duration.ofDays(2)));
        assertThat(b.startsAt()).isEqualTo(later.startsAt());
        assertThat(b.slot()).isSameAs(later);
        Slot otherDoctors = Doctors.slot(Doctors.inZone("Europe/Paris"), START.plus(Duration.ofDays(2)));
        assertThatThrownBy(() -> b.reschedule(otherDoctors, Actor.FRONT_DESK, RULES, START))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void startEndAndRecord_inThatOrder() {
        Booking b = booked();
        assertThatThrownBy(() -> b.record(new SoapNote("s", null, null, null), List.of())).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> b.start(RULES, START.minus(Duration.ofHours(1)), null)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> b.end(START)).isInstanceOf(Conflict.class);
        b.start(RULES, START.minus(Duration.ofMinutes(5)), "https://meet/x");
        assertThat(b.status()).isEqualTo(BookingStatus.IN_PROGRESS);
        assertThat(b.meetingLink()).isEqualTo("https://meet/x");
        b.record(new SoapNote("cough", "clear chest", "bronchitis", "rest"), List.of(new Diagnosis("J20.9", "Acute bronchitis")));
        b.end(START.plus(Duration.ofMinutes(20)));
        assertThat(b.status()).isEqualTo(BookingStatus.COMPLETED);
        assertThat(b.actualStart()).isEqualTo(START.minus(Duration.ofMinutes(5)));
        assertThat(b.actualEnd()).isEqualTo(START.plus(Duration.ofMinutes(20)));
        assertThat(b.diagnoses()).extracting(Diagnosis::code).containsExactly("J20.9");
        assertThatThrownBy(() -> b.markNoShow(START.plus(Duration.ofHours(1)))).isInstanceOf(Conflict.class);
    }

    @Test
    void noShow_onlyOnceTheConsultationWasDue() {
        Booking b = booked();
        assertThatThrownBy(() -> b.markNoShow(START.minusSeconds(60))).isInstanceOf(RuleViolation.class);
        b.markNoShow(START.plusSeconds(600));
        assertThat(b.status()).isEqualTo(BookingStatus.NO_SHOW);
        assertThat(b.holdsSlot()).isTrue();
    }

    @Test
    void diagnosis_mustBeIcd10Shaped() {
        assertThatThrownBy(() -> new Diagnosis("bronchitis", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Diagnosis("J45.9", "Asthma").system()).isEqualTo(Diagnosis.ICD10);
    }
}
