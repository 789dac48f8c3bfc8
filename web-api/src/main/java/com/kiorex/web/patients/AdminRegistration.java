package com.kiorex.web.patients;

import com.kiorex.patients.boundary.PatientDetails;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An administrator registers a patient, optionally linked to an existing Keycloak account. */
public record AdminRegistration(
        @Size(max = 64, message = "must be at most 64 characters") String accountUserId,
        @NotNull(message = "is required") @Valid PatientDetails patient) {
}
