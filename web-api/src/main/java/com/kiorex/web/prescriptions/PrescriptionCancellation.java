package com.kiorex.web.prescriptions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the prescribing doctor withdraws a prescription; kept with it. */
public record PrescriptionCancellation(
        @NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters")
        String reason) {
}
