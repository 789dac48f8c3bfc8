package com.kiorex.patients.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A family member to add to an account: how they relate to the holder, and their details. */
public record FamilyMemberDetails(
        @NotBlank(message = "is required") @Size(max = 50, message = "must be at most 50 characters")
        String relationship,
        @NotNull(message = "is required") @Valid PatientDetails person) {
}
