package com.kiorex.consultations.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Doctors and slots for entity tests. */
public final class Doctors {

    private Doctors() {
    }

    public static Doctor inZone(String zone) {
        return new Doctor("doctor-" + zone, new Doctor.Profile("Dr Test", "dr@test.local", List.of("cardiology"),
                List.of("en"), new BigDecimal("80.00"), "EUR", new Facility("Clinic", 52.52, 13.40, zone), 30, true,
                new BigDecimal("4.5")));
    }

    public static Slot slot(Doctor doctor, Instant start) {
        return new Slot(doctor, start, start.plusSeconds(30 * 60));
    }
}
