package com.kiorex.patients.boundary;

import com.kiorex.patients.entity.Gender;
import com.kiorex.patients.entity.Patient;
import java.time.LocalDate;
import java.util.UUID;

/** Just enough to pick the right patient from a search. */
public record PatientSummary(UUID id, String givenName, String familyName, LocalDate birthDate, Gender gender) {

    static PatientSummary of(Patient p) {
        return new PatientSummary(p.publicId(), p.demographics().givenName(), p.demographics().familyName(),
                p.demographics().birthDate(), p.demographics().gender());
    }
}
