package com.kiorex.notifications.control;

import java.util.Map;
import java.util.Set;

/**
 * The variables a template may use, by the event type's prefix: what the booking fallback renderer
 * (and consultations' content) provides for {@code booking.*}, what labs provides for {@code lab.*},
 * what prescriptions provides for {@code prescription.*}.
 * An administrator's template edit naming anything else is refused.
 */
public final class KnownVariables {

    private static final Map<String, Set<String>> BY_PREFIX = Map.of(
            // the event's own times (BookingFallback) plus what consultations' BookingNotificationContent adds
            "booking.", Set.of("date", "time", "zone", "previousDate", "previousTime",
                    "doctorName", "startTime", "facilityName", "facilityZone"),
            // what labs' LabObservationContent provides for lab-observation:<id>
            "lab.", Set.of("testName", "loinc", "value", "unit", "flag", "observedAt"),
            "lab-booking.", Set.of("date", "time", "zone"),
            // what prescriptions' PrescriptionNotificationContent provides: never a medicine or the code
            "prescription.", Set.of("doctorName", "issuedOn"));

    private KnownVariables() {
    }

    public static Set<String> forEventType(String eventType) {
        return BY_PREFIX.entrySet().stream().filter(e -> eventType.startsWith(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(Set.of());
    }
}
