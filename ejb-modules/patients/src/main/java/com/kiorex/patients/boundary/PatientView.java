package com.kiorex.patients.boundary;

import com.kiorex.patients.entity.Demographics;
import com.kiorex.patients.entity.Gender;
import com.kiorex.patients.entity.Patient;
import com.kiorex.patients.entity.PatientStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A patient's profile as the API shows it. */
public record PatientView(UUID id, String givenName, String familyName, LocalDate birthDate, Gender gender,
                          String email, String phone, String addressLine, String city, String postalCode,
                          String country, String preferredLanguage, boolean ownRecord, UUID accountHolderId,
                          String relationship, PatientStatus status, long version, Instant createdAt,
                          Instant updatedAt) {

    static PatientView of(Patient p) {
        Demographics d = p.demographics();
        Demographics.Contact c = d.contact();
        UUID holder = p.accountHolder() == null ? null : p.accountHolder().publicId();
        return new PatientView(p.publicId(), d.givenName(), d.familyName(), d.birthDate(), d.gender(), c.email(),
                c.phone(), c.addressLine(), c.city(), c.postalCode(), c.country(), c.preferredLanguage(),
                p.ownRecord(), holder, p.relationship(), p.status(), p.version(), p.createdAt(), p.updatedAt());
    }
}
