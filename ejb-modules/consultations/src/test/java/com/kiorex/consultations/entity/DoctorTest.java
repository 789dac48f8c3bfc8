package com.kiorex.consultations.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DoctorTest {

    private static Doctor.Profile profile(List<String> specialties, String currency, BigDecimal rating) {
        return new Doctor.Profile("Dr A", null, specialties, List.of("en"), BigDecimal.TEN, currency,
                new Facility("F", 0, 0, "UTC"), 20, false, rating);
    }

    @Test
    void profile_refusesUnknownSpecialtiesCurrenciesAndRatings() {
        assertThatThrownBy(() -> new Doctor("s", profile(List.of("astrology"), "EUR", null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Doctor("s", profile(List.of("cardiology"), "XYZ", null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Doctor("s", profile(List.of("cardiology"), "EUR", new BigDecimal("5.5"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Doctor("s", profile(List.of("cardiology", "cardiology"), "EUR", null)).specialties())
                .containsExactly("cardiology");
    }

    @Test
    void facility_needsARealZoneAndCoordinates() {
        assertThatThrownBy(() -> new Facility("F", 91, 0, "UTC")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Facility("F", 0, 0, "Mars/Olympus")).isInstanceOf(java.time.DateTimeException.class);
    }

    @Test
    void overlappingWeeklyHours_areRefused() {
        Doctor d = Doctors.inZone("UTC");
        assertThatThrownBy(() -> d.replaceWeeklyHours(List.of(
                new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(11, 0), LocalTime.of(13, 0)))))
                .isInstanceOf(IllegalArgumentException.class);
        d.replaceWeeklyHours(List.of(new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(17, 0))));
        assertThat(d.weeklyHours()).hasSize(2);
    }
}
