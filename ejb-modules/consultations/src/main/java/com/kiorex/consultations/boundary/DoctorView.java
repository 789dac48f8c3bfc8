package com.kiorex.consultations.boundary;

import com.kiorex.consultations.entity.Doctor;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** A doctor's public profile with the weekly hours in the facility's local time. */
public record DoctorView(UUID id, String name, List<String> specialties, List<String> languages, BigDecimal fee,
                         String currency, String facilityName, double latitude, double longitude,
                         String facilityZone, int slotMinutes, boolean verified, BigDecimal rating,
                         List<Hours> weeklyHours) {

    /** Working hours on one weekday, local time. */
    public record Hours(DayOfWeek day, LocalTime start, LocalTime end) {
    }

    static DoctorView of(Doctor d) {
        return new DoctorView(d.publicId(), d.displayName(), d.specialties(), d.languages(), d.fee(), d.currency(),
                d.facility().name(), d.facility().latitude(), d.facility().longitude(), d.facility().zone().getId(),
                d.slotMinutes(), d.verified(), d.rating(),
                d.weeklyHours().stream().map(h -> new Hours(h.day(), h.start(), h.end())).toList());
    }
}
