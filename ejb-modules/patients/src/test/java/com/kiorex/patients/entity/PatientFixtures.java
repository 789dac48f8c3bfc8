package com.kiorex.patients.entity;

import java.time.LocalDate;

/** Demographics and records for tests; names are invented. */
public final class PatientFixtures {

    private PatientFixtures() {
    }

    public static Demographics person(String givenName, String familyName) {
        return new Demographics(givenName, familyName, LocalDate.of(1984, 3, 14), Gender.FEMALE,
                new Demographics.Contact("ada@example.org", "+32 470 12 34 56", "Rue Haute 12", "Brussels",
                        "1000", "BE", "fr"));
    }

    public static Patient ownRecord(String accountSubject) {
        return Patient.ownedBy(accountSubject, person("Ada", "Lovelace"));
    }
}
