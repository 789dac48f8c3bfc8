package com.kiorex.patients.boundary;

import com.kiorex.patients.entity.ConsentPurpose;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A consent the patient gives, under a named version of the policy text. */
public record ConsentDetails(
        @NotNull(message = "is required") ConsentPurpose purpose,
        @NotBlank(message = "is required") @Size(max = 50, message = "must be at most 50 characters")
        String policyVersion) {
}
