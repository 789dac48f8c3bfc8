package com.kiorex.patients.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A staff member to put on a patient's care team: their Keycloak user id and clinical role. */
public record CareTeamDetails(
        @NotBlank(message = "is required") @Size(max = 64, message = "must be at most 64 characters")
        String staffUserId,
        @NotBlank(message = "is required")
        @Pattern(regexp = "doctor|nurse|lab-technician|pharmacist",
                message = "must be one of doctor, nurse, lab-technician, pharmacist")
        String role) {
}
