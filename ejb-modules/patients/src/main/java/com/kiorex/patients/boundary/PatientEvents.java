package com.kiorex.patients.boundary;

import com.kiorex.kernel.messaging.control.DomainEvent;
import com.kiorex.patients.entity.Patient;
import jakarta.json.Json;

/** Events the patients context publishes. Payloads carry identifiers, never PHI. */
public final class PatientEvents {

    public static final String QUEUE = "kiorex.patients.events";
    public static final String REGISTERED = "PatientRegistered";

    private PatientEvents() {
    }

    static DomainEvent registered(Patient patient) {
        return DomainEvent.of(REGISTERED, Json.createObjectBuilder()
                .add("patientId", patient.publicId().toString())
                .add("accountSubject", patient.accountSubject())
                .build().toString());
    }
}
